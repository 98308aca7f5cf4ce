"use client";

import { useTranslations } from "next-intl";

export interface NavItem {
  answered: boolean;
  flagged: boolean;
}

/** The exam's question map: one button per question showing answered and flagged, the current one marked. */
export function ExamNav({ items, current, onGo }: { items: readonly NavItem[]; current: number; onGo: (index: number) => void }) {
  const t = useTranslations("exam.nav");
  return (
    <nav aria-label={t("label")} className="rounded-2xl border border-border bg-surface p-4">
      <h2 className="mb-3 text-sm font-semibold text-muted">{t("label")}</h2>
      <ol className="grid grid-cols-5 gap-2">
        {items.map((item, i) => {
          const state = [t(item.answered ? "answered" : "unanswered"), ...(item.flagged ? [t("flagged")] : [])].join(", ");
          return (
            <li key={i}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-current={i === current ? "step" : undefined}
                className={`relative grid h-11 w-full place-items-center rounded-xl border text-sm font-medium tabular-nums ${
                  item.answered ? "border-accent/40 bg-accent-soft text-fg" : "border-border text-muted"
                } ${i === current ? "ring-2 ring-accent ring-offset-2 ring-offset-surface" : ""}`}
              >
                {i + 1}
                {/* The state is read after the visible number, so the button's name starts with what is shown. */}
                <span className="sr-only">, {state}</span>
                {item.flagged ? <span aria-hidden="true" className="absolute -top-1 -right-1 size-3 rounded-full border-2 border-surface bg-warning" /> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
