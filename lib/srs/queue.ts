import type { PrismaClient } from "@/lib/db/client";
import { getDecks, type Card, type Deck } from "@/lib/content/cards";
import { learnerZone } from "@/lib/progress/snapshot";
import { LOCAL_DAY_LOOKBACK_MS, newCardsLeftToday } from "./new-cards";
import type { IntervalPreview } from "./ratings";
import { NEW_STATE, previewIntervals, type MemoryState } from "./scheduler";
import { getSrsSettings, type LearnerSrsSettings } from "./settings";
import { memoryStateOfRow } from "./stored-state";

/**
 * What is due: counts per deck for the overview and the queue of one review session. Due cards come
 * first, most overdue first; then new cards in deck order, up to what today's new-card limit leaves.
 */

export interface DeckCounts {
  deckId: string;
  total: number;
  /** Cards seen before whose review is due now. */
  due: number;
  /** Cards never reviewed that today's limit still allows (shared by all decks). */
  newToday: number;
  /** Cards never reviewed, whatever the limit. */
  unseen: number;
}

export interface Overview {
  decks: DeckCounts[];
  due: number;
  newToday: number;
  newLeftToday: number;
  /** When the next card not yet due becomes due; null when nothing is scheduled. */
  nextDue: Date | null;
  settings: LearnerSrsSettings;
}

export interface QueueItem {
  card: Card;
  /** Repetitions so far: the rating must send it back (see rateInputSchema.expectedReps). */
  reps: number;
  isNew: boolean;
  preview: IntervalPreview;
}

interface Standing {
  settings: LearnerSrsSettings;
  states: Map<string, MemoryState>;
  newLeftToday: number;
}

async function loadStanding(client: PrismaClient, learnerId: string | null, now: Date): Promise<Standing> {
  const settings = await getSrsSettings(client, learnerId);
  if (!learnerId) return { settings, states: new Map(), newLeftToday: settings.newCardsPerDay };
  const [rows, firstReviews] = await Promise.all([
    client.cardState.findMany({ where: { learnerId } }),
    client.reviewLog.findMany({
      where: { learnerId, state: NEW_STATE, reviewedAt: { gte: new Date(now.getTime() - LOCAL_DAY_LOOKBACK_MS), lte: now } },
      select: { reviewedAt: true },
    }),
  ]);
  const zone = learnerZone(settings.timeZone);
  return {
    settings,
    states: new Map(rows.map((row) => [row.cardId, memoryStateOfRow(row)])),
    newLeftToday: newCardsLeftToday(
      settings.newCardsPerDay,
      firstReviews.map((log) => log.reviewedAt),
      now,
      zone,
    ),
  };
}

function isDue(state: MemoryState | undefined, now: Date): state is MemoryState {
  return state !== undefined && state.due.getTime() <= now.getTime();
}

/** Due and new counts per deck and in total; learnerId null is a learner with no progress yet. */
export async function getOverview(client: PrismaClient, learnerId: string | null, now: Date): Promise<Overview> {
  const { settings, states, newLeftToday } = await loadStanding(client, learnerId, now);
  const decks = getDecks().map((deck) => {
    const due = deck.cards.filter((card) => isDue(states.get(card.id), now)).length;
    const unseen = deck.cards.filter((card) => !states.has(card.id)).length;
    // Each deck alone could start every new card the limit leaves; the total shares that one budget.
    return { deckId: deck.id, total: deck.cards.length, due, unseen, newToday: Math.min(unseen, newLeftToday) };
  });
  const due = decks.reduce((sum, d) => sum + d.due, 0);
  const newToday = Math.min(
    newLeftToday,
    decks.reduce((sum, d) => sum + d.unseen, 0),
  );
  const upcoming = [...states.values()].map((s) => s.due.getTime()).filter((t) => t > now.getTime());
  return { decks, due, newToday, newLeftToday, nextDue: upcoming.length ? new Date(Math.min(...upcoming)) : null, settings };
}

/** The cards of one review session: one deck, or every deck when deck is undefined. */
export async function getReviewQueue(
  client: PrismaClient,
  learnerId: string | null,
  now: Date,
  deck?: Deck,
): Promise<{ items: QueueItem[]; settings: LearnerSrsSettings }> {
  const { settings, states, newLeftToday } = await loadStanding(client, learnerId, now);
  const cards = deck ? deck.cards : getDecks().flatMap((d) => d.cards);
  const item = (card: Card, state: MemoryState | null): QueueItem => ({
    card,
    reps: state?.reps ?? 0,
    isNew: state === null,
    preview: previewIntervals(card.id, state, now, settings.desiredRetention),
  });
  const due = cards
    .map((card) => ({ card, state: states.get(card.id) }))
    .filter((entry): entry is { card: Card; state: MemoryState } => isDue(entry.state, now))
    .sort((a, b) => a.state.due.getTime() - b.state.due.getTime())
    .map(({ card, state }) => item(card, state));
  const fresh = cards
    .filter((card) => !states.has(card.id))
    .slice(0, newLeftToday)
    .map((card) => item(card, null));
  return { items: [...due, ...fresh], settings };
}

/** The earliest time a card of the given ids (all cards when omitted) is due after `now`. */
export async function nextDueAfter(client: PrismaClient, learnerId: string, now: Date, cardIds?: readonly string[]): Promise<Date | null> {
  const next = await client.cardState.findFirst({
    where: { learnerId, due: { gt: now }, ...(cardIds ? { cardId: { in: [...cardIds] } } : {}) },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return next?.due ?? null;
}
