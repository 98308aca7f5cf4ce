"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode, RefObject } from "react";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { ratingNames, ratings, type Rating } from "@/lib/srs/ratings";
import { formatDueIn } from "./format";
import { sessionTally, type SessionState } from "./session-state";

/** When the next card is due, as the summary learns it after the last rating. */
export type NextDueState = { state: "loading" } | { state: "none" } | { state: "at"; inMs: number } | { state: "unknown" };

const barTone: Record<Rating, string> = { 1: "bg-danger", 2: "bg-warning", 3: "bg-success", 4: "bg-accent" };

/** null when the time could not be learned: the row is left out rather than guessed. */
function nextDueText(nextDue: NextDueState, noneText: string, locale: Locale): string | null {
  switch (nextDue.state) {
    case "loading":
      return "…";
    case "none":
      return noneText;
    case "at":
      return formatDueIn(nextDue.inMs, locale);
    case "unknown":
      return null;
  }
}

/** The end of a session: what was reviewed, how it went, how long it took, and when to come back. */
export function SessionSummary({
  state,
  nextDue,
  undoButton,
  focusRef,
}: {
  state: SessionState;
  nextDue: NextDueState;
  undoButton: ReactNode;
  focusRef: RefObject<HTMLElement | null>;
}) {
  const t = useTranslations("flashcards");
  const locale = useLocale() as Locale;
  const tally = sessionTally(state);
  const minutes = Math.floor(tally.durationMs / 60_000);
  const seconds = Math.round((tally.durationMs % 60_000) / 1000);
  const nextText = nextDueText(nextDue, t("summary.nextDueNone"), locale);
  const stats: [string, string][] = [
    [t("summary.cards"), String(tally.cards)],
    [t("summary.ratings"), String(tally.ratings)],
    [t("summary.time"), t("summary.timeValue", { minutes, seconds })],
    [t("summary.exp"), `+${tally.exp}`],
  ];

  return (
    <section ref={focusRef} tabIndex={-1} aria-labelledby="summary-heading" className="rounded-2xl border border-border bg-surface p-6 outline-none sm:p-10" data-testid="session-summary">
      <h2 id="summary-heading" className="text-2xl font-semibold tracking-tight">
        {t("summary.title")}
      </h2>
      <p className="mt-2 text-muted">{t("summary.lead")}</p>

      <dl className="mt-8 grid grid-cols-2 gap-x-6 gap-y-5 sm:grid-cols-4">
        {stats.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>

      {tally.ratings > 0 ? (
        <div className="mt-8">
          <h3 className="text-sm font-semibold text-muted">{t("summary.breakdown")}</h3>
          <div className="mt-3 flex h-3 overflow-hidden rounded-full bg-surface-2" aria-hidden="true">
            {ratings.map((rating) =>
              tally.byRating[rating] > 0 ? <div key={rating} className={barTone[rating]} style={{ width: `${(tally.byRating[rating] / tally.ratings) * 100}%` }} /> : null,
            )}
          </div>
          <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {ratings.map((rating) => (
              <li key={rating} className="flex items-center gap-2">
                <span className={`size-2.5 rounded-full ${barTone[rating]}`} aria-hidden="true" />
                {t("summary.breakdownItem", { rating: t(`rating.${ratingNames[rating]}`), count: tally.byRating[rating] })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {nextText === null ? null : (
        <p className="mt-8 rounded-xl bg-surface-2 px-4 py-3">
          <span className="text-muted">{t("summary.nextDue")}: </span>
          <span className="font-semibold" data-testid="next-due">
            {nextText}
          </span>
        </p>
      )}

      <div className="mt-8 flex flex-wrap items-center gap-3">
        <Link href="/flashcards" className="inline-flex min-h-11 items-center rounded-full bg-accent px-6 py-2 font-medium text-accent-fg shadow-sm transition hover:opacity-90">
          {t("summary.backToDecks")}
        </Link>
        {state.history.length > 0 ? undoButton : null}
      </div>
    </section>
  );
}
