"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useLessonProgress } from "./progress-context";

/** How long a section's end must stay on screen before it counts as read: a fling past it does not. */
const DWELL_MS = 1200;

/**
 * The end of a section: marks it read when the learner has scrolled down to here and stays a
 * moment (after answering its check questions, so scrolling past them does not cost the perfect
 * score), or at once with the "Mark as done" button.
 */
export function SectionEnd({ sectionId, checkIds }: { sectionId: string; checkIds: readonly string[] }) {
  const t = useTranslations("learn.section");
  const { loaded, read, pending, error, firstTries, markRead } = useLessonProgress();
  const ref = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const clicked = useRef(false);
  const isRead = read.has(sectionId);
  const isPending = pending.has(sectionId);
  const checksAnswered = checkIds.every((id) => id in firstTries);

  useEffect(() => {
    const element = ref.current;
    if (!element || !loaded || isRead || !checksAnswered) return;
    let timer: number | undefined;
    let scrolled = window.scrollY > 0;
    // a section already in view on arrival has not been read yet: wait for the learner to scroll
    const onScroll = () => {
      scrolled = true;
    };
    window.addEventListener("scroll", onScroll, { passive: true, once: true });
    const observer = new IntersectionObserver(([entry]) => {
      window.clearTimeout(timer);
      if (entry?.isIntersecting && scrolled) timer = window.setTimeout(() => markRead(sectionId), DWELL_MS);
    });
    observer.observe(element);
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener("scroll", onScroll);
    };
  }, [loaded, isRead, checksAnswered, markRead, sectionId]);

  useEffect(() => {
    // the button the learner pressed is gone: keep keyboard focus on what replaced it
    if (isRead && clicked.current) statusRef.current?.focus();
  }, [isRead]);

  return (
    <div ref={ref} className="flex min-h-10 flex-wrap items-center gap-x-4 gap-y-2" data-testid={`section-end-${sectionId}`}>
      {/* until the learner's progress is loaded, neither "read" nor the button (it may be read already) */}
      {!loaded ? null : isRead ? (
        <p ref={statusRef} tabIndex={-1} className="inline-flex items-center gap-2 font-medium text-success" role="status">
          <CheckIcon />
          {t("read")}
        </p>
      ) : (
        <button
          type="button"
          onClick={() => {
            clicked.current = true;
            markRead(sectionId);
          }}
          disabled={isPending}
          className="inline-flex items-center gap-2 rounded-full border border-border bg-surface px-4 py-2 font-medium transition hover:bg-surface-2 disabled:opacity-60"
        >
          {isPending ? t("saving") : t("markDone")}
        </button>
      )}
      {error && !isRead ? (
        <p role="alert" className="text-sm text-danger">
          {t("saveFailed")}
        </p>
      ) : null}
    </div>
  );
}

export function CheckIcon({ className = "size-5" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={className}>
      <circle cx="10" cy="10" r="9" fill="currentColor" opacity="0.15" />
      <path d="m6 10.5 2.5 2.5L14 7.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
