import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { LessonSummary } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";
import { InlineText } from "@/components/content/inline-text";

/** Where to go after the last section: the next lesson, or back to the list after the last one. */
export async function NextLesson({ next, locale }: { next: LessonSummary | undefined; locale: Locale }) {
  const t = await getTranslations("learn.lesson");
  return (
    <nav aria-label={t("nextLabel")}>
      <Link
        href={next ? `/learn/${next.id}` : "/learn"}
        className="group flex items-center justify-between gap-4 rounded-2xl border border-border bg-surface p-6 transition hover:border-accent hover:shadow-sm"
      >
        <span>
          <span className="block text-sm text-muted">{next ? t("next", { order: next.order }) : t("allDone")}</span>
          <span className="mt-1 block text-lg font-semibold">{next ? <InlineText text={next.title} locale={locale} /> : t("allLessons")}</span>
        </span>
        <span aria-hidden="true" className="text-2xl text-accent transition-transform group-hover:translate-x-1">
          →
        </span>
      </Link>
    </nav>
  );
}
