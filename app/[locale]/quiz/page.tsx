import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { inlinePlainText } from "@/lib/content/resolve";
import { getLessonSummaries } from "@/lib/content/lessons";
import { QuizChooser } from "@/components/quiz/quiz-chooser";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { SetProblem } from "@/components/quiz/set-problem";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { currentLearnerId } from "@/lib/learner/current";
import { chooserData, parseSetQuery, questionSet, type QuizMode, type SetSpec } from "@/lib/quiz-session";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/quiz">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "quiz" });
  return { title: t("title") };
}

const modeOf: Record<Exclude<SetSpec, { kind: "exam" }>["kind"], QuizMode> = {
  lesson: "practice",
  topic: "practice",
  question: "practice",
  daily: "daily",
  mistakes: "review",
};

export default async function Page({ params, searchParams }: PageProps<"/[locale]/quiz">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("quiz");
  const query = parseSetQuery(await searchParams);
  const learnerId = await currentLearnerId();

  if (!query.ok) {
    return <SetProblem title={t("invalid.title")} message={t(`invalid.${query.field}`, { value: query.value })} />;
  }
  if (query.spec === null) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <QuizChooser data={await chooserData(db(), learnerId)} locale={locale} />
      </>
    );
  }

  const spec = query.spec;
  const questionIds = await questionSet(db(), learnerId, spec);
  const title =
    spec.kind === "lesson"
      ? t("set.lesson", { title: inlinePlainText(getLessonSummaries().find((l) => l.id === spec.lesson)?.title[locale] ?? spec.lesson, locale) })
      : spec.kind === "topic"
        ? t("set.topic", { name: t(`topics.${spec.topic}`) })
        : spec.kind === "question"
          ? t("set.question")
          : t(`set.${spec.kind}`);

  if (questionIds.length === 0) return <SetProblem title={title} message={t("invalid.emptyMistakes")} />;
  return (
    <>
      <nav className="mb-4">
        <Link href="/quiz" className="text-sm font-medium text-accent underline-offset-4 hover:underline">
          ← {t("set.back")}
        </Link>
      </nav>
      <PageHeader title={title} />
      {/* The key restarts the session when the set changes (another lesson, a new day). */}
      <QuizRunner key={questionIds.join()} questionIds={questionIds} mode={modeOf[spec.kind]} />
    </>
  );
}
