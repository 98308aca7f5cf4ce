import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getLessonSummaries } from "@/lib/content/lessons";
import { db } from "@/lib/db/client";
import { currentLearnerId } from "@/lib/learner/current";
import { getReadSectionsByLesson } from "@/lib/reading/sections";
import { PageHeader } from "@/components/ui/page-header";
import { LessonCard } from "@/components/lesson/lesson-card";

export async function generateMetadata({ params }: PageProps<"/[locale]/learn">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "learn" });
  return { title: t("title") };
}

export default async function LearnPage({ params }: PageProps<"/[locale]/learn">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("learn");
  const lessons = getLessonSummaries();
  const read = await getReadSectionsByLesson(db(), await currentLearnerId(), lessons);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        <p className="mt-4">
          <Link href="/learn/glossary" className="font-medium text-accent hover:underline">
            {t("list.glossary")}
            <span aria-hidden="true"> →</span>
          </Link>
        </p>
      </PageHeader>
      <ol className="grid gap-5 md:grid-cols-2 xl:grid-cols-3">
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            <LessonCard lesson={lesson} read={read.get(lesson.id)?.size ?? 0} locale={locale} />
          </li>
        ))}
      </ol>
    </>
  );
}
