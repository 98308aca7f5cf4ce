"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { intervalLabel } from "@/lib/srs/intervals";
import { ratingNames, ratings, type IntervalPreview, type Rating } from "@/lib/srs/ratings";
import { formatDueIn } from "./format";

const tone: Record<Rating, string> = {
  1: "bg-danger-soft text-danger",
  2: "bg-warning-soft text-warning",
  3: "bg-success-soft text-success",
  4: "bg-accent-soft text-accent",
};

/**
 * The four ratings, each with the interval it would give ("Good · 3d") and its key. Large targets
 * in one row even on a 360 px phone; screen readers hear the interval in words.
 */
export function RatingButtons({ preview, disabled, onRate }: { preview: IntervalPreview; disabled: boolean; onRate: (rating: Rating) => void }) {
  const t = useTranslations("flashcards");
  const locale = useLocale() as Locale;
  return (
    <div role="group" aria-label={t("session.rateLabel")} className="grid grid-cols-4 gap-2 sm:gap-3">
      {ratings.map((rating) => {
        const { unit, value } = intervalLabel(preview[rating]);
        return (
          <button
            key={rating}
            type="button"
            onClick={() => onRate(rating)}
            disabled={disabled}
            aria-keyshortcuts={String(rating)}
            data-rating={rating}
            className={`flex min-h-16 flex-col items-center justify-center rounded-2xl px-1 py-2 font-semibold transition hover:brightness-95 disabled:opacity-60 dark:hover:brightness-125 ${tone[rating]}`}
          >
            <span>{t(`rating.${ratingNames[rating]}`)}</span>
            <span className="text-sm font-medium tabular-nums" aria-hidden="true">
              {t(`interval.${unit}`, { value })}
            </span>
            <span className="sr-only">, {t("session.nextIn", { when: formatDueIn(preview[rating], locale) })}</span>
            <kbd aria-hidden="true" className="mt-1 hidden rounded border border-current/30 px-1.5 font-sans text-xs font-medium sm:inline">
              {rating}
            </kbd>
          </button>
        );
      })}
    </div>
  );
}
