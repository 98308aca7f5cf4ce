import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { BadgeIcon } from "./badge-icon";

/** What a learner with no progress sees first: an invitation to start, with the two shortest ways in. */
export async function EmptyState({ firstLessonId }: { firstLessonId: string | undefined }) {
  const t = await getTranslations("progress.empty");
  return (
    <section aria-labelledby="empty-heading" className="rounded-2xl border border-border bg-surface p-6 sm:p-8">
      <div className="flex flex-col gap-5 sm:flex-row sm:items-center">
        <BadgeIcon icon="star" size="lg" />
        <div className="max-w-2xl">
          <h2 id="empty-heading" className="text-xl font-semibold tracking-tight">
            {t("title")}
          </h2>
          <p className="mt-2 text-muted">{t("body")}</p>
          <div className="mt-5 flex flex-wrap gap-3">
            <Link
              href={firstLessonId ? `/learn/${firstLessonId}` : "/learn"}
              className="rounded-full bg-accent px-5 py-2 text-sm font-medium text-accent-fg hover:opacity-90"
            >
              {t("startLesson")}
            </Link>
            <Link href="/quiz" className="rounded-full border border-border px-5 py-2 text-sm font-medium hover:bg-surface-2">
              {t("tryQuiz")}
            </Link>
          </div>
        </div>
      </div>
    </section>
  );
}
