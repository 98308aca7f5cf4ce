import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExamRunner } from "@/components/quiz/exam-runner";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/db/client";
import { currentLearnerId } from "@/lib/learner/current";
import { EXAM_MINUTES, questionSet } from "@/lib/quiz-session";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/exam">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "exam" });
  return { title: t("title") };
}

export default async function Page({ params }: PageProps<"/[locale]/exam">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("exam");
  const questionIds = await questionSet(db(), await currentLearnerId(), { kind: "exam" });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {/* A new set (another visit) starts a new exam. */}
      <ExamRunner key={questionIds.join()} questionIds={questionIds} minutes={EXAM_MINUTES} />
    </>
  );
}
