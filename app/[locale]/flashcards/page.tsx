import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { DeckList } from "@/components/flashcards/deck-list";
import { formatDueIn } from "@/components/flashcards/format";
import { SettingsForm } from "@/components/flashcards/settings-form";
import { TodayPanel } from "@/components/flashcards/today-panel";
import { PageHeader } from "@/components/ui/page-header";
import { getLessonSummaries } from "@/lib/content/lessons";
import { db } from "@/lib/db/client";
import { currentLearnerId } from "@/lib/learner/current";
import { getOverview } from "@/lib/srs";
import { saveSettingsAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/flashcards">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "flashcards" });
  return { title: t("title") };
}

export default async function FlashcardsPage({ params }: PageProps<"/[locale]/flashcards">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("flashcards");
  const now = new Date();
  const overview = await getOverview(db(), await currentLearnerId(), now);
  const titles = new Map(getLessonSummaries().map((lesson) => [lesson.id, lesson.title[locale]]));
  const { desiredRetention, newCardsPerDay, cardDirection } = overview.settings;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-10">
        <TodayPanel
          due={overview.due}
          newToday={overview.newToday}
          newLimit={newCardsPerDay}
          nextDueText={overview.nextDue ? formatDueIn(overview.nextDue.getTime() - now.getTime(), locale) : null}
        />
        <DeckList decks={overview.decks.map((deck) => ({ ...deck, title: titles.get(deck.deckId) ?? deck.deckId }))} />
        <SettingsForm settings={{ desiredRetention, newCardsPerDay, cardDirection }} action={saveSettingsAction} />
      </div>
    </>
  );
}
