import { getTranslations } from "next-intl/server";
import { InlineText } from "@/components/content/inline-text";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { ChooserData } from "@/lib/quiz-session";

const primaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-accent px-5 py-2.5 font-medium text-accent-fg transition-opacity hover:opacity-90";
const secondaryButton = "inline-flex min-h-11 items-center justify-center rounded-full border border-border px-5 py-2.5 font-medium hover:bg-surface-2";

/** The quiz landing: today's set, mistakes to review, and practice by lesson or topic. */
export async function QuizChooser({ data, locale }: { data: ChooserData; locale: Locale }) {
  const t = await getTranslations("quiz");
  return (
    <div className="grid gap-10">
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="daily-title" className="flex flex-col rounded-2xl border border-border bg-surface p-6">
          <h2 id="daily-title" className="text-xl font-semibold">
            {t("chooser.dailyTitle")}
          </h2>
          <p className="mt-2 flex-1 text-muted">{t("chooser.dailyBody", { count: data.dailyCount })}</p>
          <div className="mt-5">
            <Link href={{ pathname: "/quiz", query: { set: "daily" } }} className={primaryButton}>
              {t("chooser.dailyStart")}
            </Link>
          </div>
        </section>
        <section aria-labelledby="mistakes-title" className="flex flex-col rounded-2xl border border-border bg-surface p-6">
          <h2 id="mistakes-title" className="text-xl font-semibold">
            {t("chooser.mistakesTitle")}
          </h2>
          <p className="mt-2 flex-1 text-muted">{data.mistakesCount > 0 ? t("chooser.mistakesBody", { count: data.mistakesCount }) : t("chooser.mistakesNone")}</p>
          {data.mistakesCount > 0 ? (
            <div className="mt-5">
              <Link href={{ pathname: "/quiz", query: { set: "mistakes" } }} className={secondaryButton}>
                {t("chooser.mistakesStart")}
              </Link>
            </div>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="by-lesson">
        <h2 id="by-lesson" className="text-xl font-semibold">
          {t("chooser.byLesson")}
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {data.lessons.map((lesson) => (
            <li key={lesson.id}>
              <Link
                href={{ pathname: "/quiz", query: { lesson: lesson.id } }}
                className="flex h-full flex-col rounded-2xl border border-border bg-surface p-5 transition-colors hover:border-accent/60"
              >
                <span className="font-medium">
                  <InlineText text={lesson.title} locale={locale} />
                </span>
                <span className="mt-1 text-sm text-muted">
                  {t("chooser.questionCount", { count: lesson.count })}
                  {t("chooser.scenarioCount", { count: lesson.scenarioCount })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-topic">
        <h2 id="by-topic" className="text-xl font-semibold">
          {t("chooser.byTopic")}
        </h2>
        <ul className="mt-4 flex flex-wrap gap-2">
          {data.topics.map((topic) => (
            <li key={topic.id}>
              <Link
                href={{ pathname: "/quiz", query: { topic: topic.id } }}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border border-border bg-surface px-4 py-2 text-sm font-medium hover:border-accent/60"
              >
                {t(`topics.${topic.id}`)}
                <span className="text-muted tabular-nums">{topic.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="exam-title" className="rounded-2xl border border-border bg-surface-2 p-6">
        <h2 id="exam-title" className="text-xl font-semibold">
          {t("chooser.examTitle")}
        </h2>
        <p className="mt-2 text-muted">{t("chooser.examBody")}</p>
        <div className="mt-4">
          <Link href="/exam" className={secondaryButton}>
            {t("chooser.examLink")}
          </Link>
        </div>
      </section>
    </div>
  );
}
