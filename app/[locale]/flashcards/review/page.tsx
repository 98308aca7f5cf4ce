import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { CardSide } from "@/components/flashcards/card-side";
import { ReviewSession, type SessionCardContent } from "@/components/flashcards/review-session";
import { sideLocales } from "@/components/flashcards/sides";
import { getDeck } from "@/lib/content/cards";
import { getLesson } from "@/lib/content/lessons";
import { inlinePlainText } from "@/lib/content/resolve";
import { db } from "@/lib/db/client";
import { currentLearnerId } from "@/lib/learner/current";
import { getReviewQueue, type QueueItem } from "@/lib/srs";
import type { CardDirection } from "@/lib/srs/settings";
import type { Locale } from "@/lib/i18n/locales";
import { nextDueAction, rateCardAction, undoReviewAction } from "../actions";

const searchSchema = z.object({ deck: z.string().max(100).optional() });

export async function generateMetadata({ params }: PageProps<"/[locale]/flashcards/review">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "flashcards.review" });
  return { title: t("title") };
}

function sessionContent(item: QueueItem, direction: CardDirection, locale: Locale): SessionCardContent {
  const { card } = item;
  const front = sideLocales(direction, "front", locale);
  const back = sideLocales(direction, "back", locale);
  const topic = getDeck(card.lesson)?.topics.find((t) => t.id === card.topic)?.title[locale] ?? card.topic;
  const plain = (text: typeof card.front, langs: Locale[]) => langs.map((lang) => inlinePlainText(text[lang], lang)).join(" / ");
  return {
    topic,
    front: <CardSide text={card.front} locales={front} size="question" />,
    back: <CardSide text={card.back} locales={back} size="answer" />,
    frontText: plain(card.front, front),
    backText: plain(card.back, back),
  };
}

export default async function ReviewPage({ params, searchParams }: PageProps<"/[locale]/flashcards/review">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const search = searchSchema.safeParse(await searchParams);
  if (!search.success) notFound();
  const deck = search.data.deck === undefined ? undefined : getDeck(search.data.deck);
  if (search.data.deck !== undefined && !deck) notFound();

  const t = await getTranslations("flashcards.review");
  const { items, settings } = await getReviewQueue(db(), await currentLearnerId(), new Date(), deck);
  const title = deck ? (getLesson(deck.lesson)?.title[locale] ?? deck.id) : t("allDecks");

  return (
    <>
      {/* Compact on purpose: on a phone the card and its buttons should fill the screen. */}
      <header className="mx-auto mb-6 max-w-3xl sm:mb-8">
        <Link href="/flashcards" className="text-sm font-medium text-accent hover:underline">
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{title}</h1>
      </header>
      {items.length === 0 ? (
        <section className="mx-auto max-w-3xl rounded-2xl border border-border bg-surface p-6 sm:p-10">
          <h2 className="text-xl font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-2 text-muted">{t("emptyBody")}</p>
        </section>
      ) : (
        <ReviewSession
          deck={deck?.id ?? null}
          queue={items.map(({ card, reps, isNew, preview }) => ({ id: card.id, reps, isNew, preview }))}
          contents={Object.fromEntries(items.map((item) => [item.card.id, sessionContent(item, settings.cardDirection, locale)]))}
          rate={rateCardAction}
          undo={undoReviewAction}
          nextDue={nextDueAction}
        />
      )}
    </>
  );
}
