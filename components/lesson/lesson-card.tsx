import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { LessonSummary } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";
import { InlineText } from "@/components/content/inline-text";
import { LessonRewards } from "./lesson-rewards";
import { CheckIcon } from "./section-end";

/** A lesson in the list: title, summary, time, rewards, and how far the learner has read. */
export async function LessonCard({ lesson, read, locale }: { lesson: LessonSummary; read: number; locale: Locale }) {
  const t = await getTranslations("learn.list");
  const total = lesson.sections.length;
  const complete = read === total;
  const headingId = `lesson-${lesson.id}`;
  return (
    <article aria-labelledby={headingId} className="relative flex h-full flex-col rounded-2xl border border-border bg-surface p-6 transition hover:border-accent hover:shadow-sm">
      <p className="flex items-center justify-between gap-3 text-sm text-muted">
        <span>{t("number", { order: lesson.order })}</span>
        <span>{t("minutes", { minutes: lesson.estimatedMinutes })}</span>
      </p>
      <h2 id={headingId} className="mt-2 text-xl font-semibold tracking-tight text-balance">
        {/* the whole card is the link's hit area, via the ::after overlay */}
        <Link href={`/learn/${lesson.id}`} className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none after:focus-visible:outline-3 after:focus-visible:outline-focus">
          <InlineText text={lesson.title} locale={locale} />
        </Link>
      </h2>
      <p className="mt-2 flex-1 text-muted text-pretty">
        <InlineText text={lesson.summary} locale={locale} />
      </p>
      <div className="mt-5">
        <div className="flex items-center justify-between gap-3 text-sm">
          <span className={complete ? "inline-flex items-center gap-1.5 font-medium text-success" : "text-muted"}>
            {complete ? <CheckIcon className="size-4" /> : null}
            {complete ? t("complete") : t("progress", { read, total })}
          </span>
          <span className="font-medium text-accent">{read === 0 ? t("start") : complete ? t("review") : t("continue")}</span>
        </div>
        <div
          role="progressbar"
          aria-label={t("progress", { read, total })}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={read}
          className="mt-2 h-1.5 overflow-hidden rounded-full bg-surface-2"
        >
          <div className="h-full rounded-full bg-success" style={{ width: `${(read / total) * 100}%` }} />
        </div>
      </div>
      <div className="mt-5">
        <LessonRewards rewards={lesson.rewards} locale={locale} compact />
      </div>
    </article>
  );
}
