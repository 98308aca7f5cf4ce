"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useLessonProgress } from "./progress-context";
import { CheckIcon } from "./section-end";

/** Section links with a tick per read section and the lesson's progress. */
export function TableOfContents({ sections }: { sections: readonly { id: string; title: ReactNode }[] }) {
  const t = useTranslations("learn.lesson");
  const { read } = useLessonProgress();
  const [open, setOpen] = useState(false);
  const count = sections.filter((s) => read.has(s.id)).length;
  return (
    <nav aria-label={t("contents")} className="text-sm">
      <div className="flex items-center justify-between gap-3">
        <h2 className="font-semibold">{t("contents")}</h2>
        {/* phones fold the list away; wide screens always show it beside the lesson */}
        <button
          type="button"
          aria-expanded={open}
          aria-controls="lesson-toc-list"
          onClick={() => setOpen(!open)}
          className="-my-1 rounded-full border border-border px-3 py-1 font-medium lg:hidden"
        >
          {open ? t("hideContents") : t("showContents")}
        </button>
      </div>
      <ProgressBar read={count} total={sections.length} />
      <ol id="lesson-toc-list" className={`mt-4 space-y-1 ${open ? "block" : "hidden"} lg:block`}>
        {sections.map((section, i) => {
          const done = read.has(section.id);
          return (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                onClick={() => setOpen(false)}
                className="flex gap-2 rounded-lg px-2 py-1.5 text-muted transition-colors hover:bg-surface-2 hover:text-fg"
                data-read={done || undefined}
              >
                <span className="w-6 shrink-0 text-right whitespace-nowrap tabular-nums" aria-hidden={done || undefined}>
                  {done ? <CheckIcon className="size-5 text-success" /> : `${i + 1}.`}
                </span>
                <span className="min-w-0">
                  {section.title}
                  {done ? <span className="sr-only"> ({t("sectionRead")})</span> : null}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function ProgressBar({ read, total }: { read: number; total: number }) {
  const t = useTranslations("learn.lesson");
  const label = t("progress", { read, total });
  return (
    <div className="mt-2">
      <p className="text-muted tabular-nums" aria-live="polite">
        {label}
      </p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={read}
        className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-surface-2"
      >
        <div className="h-full rounded-full bg-success transition-[width]" style={{ width: `${(read / total) * 100}%` }} />
      </div>
    </div>
  );
}
