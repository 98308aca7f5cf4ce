import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Today's workload at a glance and the one button that starts it. */
export function TodayPanel({
  due,
  newToday,
  newLimit,
  nextDueText,
}: {
  due: number;
  newToday: number;
  newLimit: number;
  /** "in 3 hours": when the next card not yet due comes up; null when nothing is scheduled. */
  nextDueText: string | null;
}) {
  const t = useTranslations("flashcards.today");
  const count = due + newToday;
  return (
    <section aria-labelledby="today-heading" className="rounded-2xl border border-border bg-surface p-6 sm:p-8">
      <h2 id="today-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        {t("heading")}
      </h2>
      <div className="mt-4 flex flex-col gap-6 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <dl className="flex gap-10">
            <div>
              <dt className="text-sm text-muted">{t("due")}</dt>
              <dd className="mt-1 text-4xl font-semibold tabular-nums" data-testid="due-count">
                {due}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t("new")}</dt>
              <dd className="mt-1 text-4xl font-semibold tabular-nums" data-testid="new-count">
                {newToday}
              </dd>
            </div>
          </dl>
          <p className="mt-2 text-sm text-muted">{t("newLimit", { limit: newLimit })}</p>
        </div>
        {count > 0 ? (
          <Link
            href="/flashcards/review"
            className="inline-flex min-h-12 items-center justify-center rounded-full bg-accent px-6 py-3 text-center font-medium text-accent-fg shadow-sm transition hover:opacity-90"
          >
            {t("studyNow", { count })}
          </Link>
        ) : (
          <div className="sm:text-right">
            <p className="font-semibold text-success">{t("caughtUp")}</p>
            <p className="mt-1 text-muted">
              {nextDueText ? t("nextDue", { when: nextDueText }) : null} {newLimit > 0 ? t("newDoneToday") : t("nothingScheduled")}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
