import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AchievementGrid } from "@/components/progress/achievement-grid";
import { ChartCard } from "@/components/progress/charts-card";
import { EmptyState } from "@/components/progress/empty-state";
import { GoalCard } from "@/components/progress/goal-card";
import { LevelCard } from "@/components/progress/level-card";
import { StreakCard } from "@/components/progress/streak-card";
import { StudyHeatmap } from "@/components/progress/study-heatmap";
import { TopicMastery } from "@/components/progress/topic-mastery";
import { TimeZoneSync } from "@/components/shell/time-zone-sync";
import { TransferPanel } from "@/components/progress/transfer-panel";
import { KeepProgressPrompt } from "@/components/account/keep-progress-prompt";
import { currentUser } from "@/lib/auth/account";
import { PageHeader } from "@/components/ui/page-header";
import { getLessonSummaries } from "@/lib/content/lessons";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { currentLearnerId } from "@/lib/learner/current";
import { progressDashboard } from "@/lib/progress/dashboard";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/progress">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "progress" });
  return { title: t("title") };
}

export default async function Page({ params }: PageProps<"/[locale]/progress">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("progress");
  const learnerId = await currentLearnerId();
  const data = await progressDashboard(db(), learnerId);
  const signedIn = (await currentUser()).user !== null;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {learnerId ? <TimeZoneSync stored={data.timeZone} /> : null}
      <div className="grid gap-6">
        {!data.isNew && !signedIn ? <KeepProgressPrompt /> : null}
        {data.isNew ? (
          <EmptyState firstLessonId={getLessonSummaries()[0]?.id} />
        ) : (
          <>
            <div className="grid gap-6 md:grid-cols-3">
              <LevelCard level={data.level} totalExp={data.totalExp} totalPoints={data.totalPoints} />
              <StreakCard streak={data.streak} timeZone={data.timeZone} />
              <GoalCard dailyGoal={data.dailyGoal} />
            </div>
            <TopicMastery topics={data.topics} />
            <StudyHeatmap weeks={data.heatmap} goal={data.dailyGoal.goal} />
            <div className="grid gap-6 lg:grid-cols-2">
              <ChartCard kind="accuracy" data={data.accuracy} />
              <ChartCard kind="retention" data={data.retention} />
            </div>
          </>
        )}
        <AchievementGrid kind="badges" items={data.badges} locale={locale} />
        <AchievementGrid kind="titles" items={data.titles} locale={locale} />
        <TransferPanel />
      </div>
    </>
  );
}
