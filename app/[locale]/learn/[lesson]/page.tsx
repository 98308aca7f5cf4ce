import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getLesson, getLessonSummaries, getLessons } from "@/lib/content/lessons";
import { inlinePlainText } from "@/lib/content/resolve";
import { StackedText } from "@/components/lesson/in-languages";
import { TooltipEscape } from "@/components/content/tooltip-escape";
import { LessonRewards } from "@/components/lesson/lesson-rewards";
import { LessonSection } from "@/components/lesson/lesson-section";
import { NextLesson } from "@/components/lesson/next-lesson";
import { LessonProgressProvider } from "@/components/lesson/progress-context";
import { narrowUnlessBoth } from "@/components/lesson/reading-mode";
import { ReadingModeScript } from "@/components/lesson/reading-mode-script";
import { ReadingModeSwitch } from "@/components/lesson/reading-mode-switch";
import { TableOfContents } from "@/components/lesson/table-of-contents";
import { Takeaways } from "@/components/lesson/takeaways";
import { claimLessonRewardsAction, markSectionReadAction, setReadingModeAction } from "../actions";

type Props = PageProps<"/[locale]/learn/[lesson]">;

/**
 * Every lesson in every interface language is rendered at build time. Nothing on the page depends
 * on the learner: the content is rendered in both languages and CSS shows the reading mode's (set
 * before first paint from a cookie, see ReadingModeScript); the read sections are loaded after
 * hydration from /api/learn/progress.
 */
export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getLessons().map((lesson) => ({ locale, lesson: lesson.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, lesson: lessonId } = await params;
  const lesson = getLesson(lessonId);
  if (!lesson || !hasLocale(routing.locales, locale)) return {};
  return { title: inlinePlainText(lesson.title[locale], locale), description: inlinePlainText(lesson.summary[locale], locale) };
}

export default async function LessonPage({ params }: Props) {
  const { locale, lesson: lessonId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const lesson = getLesson(lessonId);
  if (!lesson) notFound();

  const t = await getTranslations("learn");
  const sectionTitles = lesson.sections.map((s) => ({
    id: s.id,
    title: <StackedText text={s.title} />,
  }));

  return (
    <LessonProgressProvider
      lessonId={lesson.id}
      sectionIds={lesson.sections.map((s) => s.id)}
      checkIds={lesson.sections.flatMap((s) => (s.check ?? []).map((q) => q.id))}
      markSectionRead={markSectionReadAction}
      claimLessonRewards={claimLessonRewardsAction}
    >
      {/* the mode shown is set in the browser before paint: React leaves the attribute alone */}
      <article data-reading-mode={locale} suppressHydrationWarning>
        <ReadingModeScript />
        <header className="mb-10 max-w-4xl">
          <Link href="/learn" className="text-sm font-medium text-accent hover:underline">
            <span aria-hidden="true">← </span>
            {t("lesson.allLessons")}
          </Link>
          <p className="mt-4 text-sm font-medium text-muted">{t("lesson.number", { order: lesson.order })}</p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            <StackedText text={lesson.title} />
          </h1>
          <div className="mt-3 text-lg text-muted text-pretty">
            <StackedText text={lesson.summary} />
          </div>
          <p className="mt-4 text-sm text-muted">
            {t("lesson.meta", { minutes: lesson.estimatedMinutes, sections: lesson.sections.length })}
          </p>
          <div className="mt-6">
            <ReadingModeSwitch fallback={locale} action={setReadingModeAction} />
          </div>
        </header>

        <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
          <div className="mb-10 lg:mb-0">
            <div className="rounded-2xl border border-border bg-surface p-4 lg:sticky lg:top-24 lg:max-h-[calc(100dvh-7rem)] lg:overflow-y-auto">
              <TableOfContents sections={sectionTitles} />
            </div>
          </div>
          <div className={`min-w-0 space-y-14 ${narrowUnlessBoth}`}>
            {lesson.sections.map((section, i) => (
              <LessonSection key={section.id} section={section} number={i + 1} uiLocale={locale} />
            ))}
            <Takeaways takeaways={lesson.takeaways} />
            <LessonRewards rewards={lesson.rewards} locale={locale} />
            <NextLesson next={getLessonSummaries().find((l) => l.order > lesson.order)} locale={locale} />
          </div>
        </div>
      </article>
      <TooltipEscape />
    </LessonProgressProvider>
  );
}
