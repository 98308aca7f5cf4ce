import {
  createEmptyCard,
  fsrs,
  GenSeedStrategyWithCardId,
  StrategyMode,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
} from "ts-fsrs";
import type { IntervalPreview, Rating } from "./ratings";
import { clampRetention } from "./settings";

/**
 * The FSRS scheduler (ts-fsrs) behind one small, pure interface: a card's memory state in the shape
 * of the CardState row, a rating, and the instant of the review. No clock, no database.
 */

/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export const NEW_STATE = 0;

/** One card's memory state: the CardState columns without the keys. */
export interface MemoryState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** What ts-fsrs logs for one rating: the ReviewLog columns without ids and previousState. */
export interface ReviewRecord {
  rating: Rating;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

export interface ScheduledReview {
  next: MemoryState;
  log: ReviewRecord;
}

type SeededCard = FsrsCard & { fuzzSeed: string };

const schedulers = new Map<number, FSRS>();

/**
 * One scheduler per retention value. Fuzz spreads long intervals so cards learned together do not
 * stay due together; it is seeded by card and repetition rather than by the clock, so the interval
 * shown on a button does not change in the seconds between showing the card and rating it.
 */
function schedulerFor(retention: number): FSRS {
  const requestRetention = clampRetention(retention);
  let scheduler = schedulers.get(requestRetention);
  if (!scheduler) {
    scheduler = fsrs({ request_retention: requestRetention, enable_fuzz: true, enable_short_term: true }).useStrategy(
      StrategyMode.SEED,
      GenSeedStrategyWithCardId("fuzzSeed"),
    );
    schedulers.set(requestRetention, scheduler);
  }
  return scheduler;
}

function toFsrsCard(cardId: string, state: MemoryState | null, now: Date): SeededCard {
  // GenSeedStrategyWithCardId appends reps to this string, so "card-a:" + 3 gives "card-a:3".
  const fuzzSeed = `${cardId}:`;
  if (!state) return { ...createEmptyCard(now), fuzzSeed };
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.lastReview ? { last_review: state.lastReview } : {}),
    fuzzSeed,
  };
}

function fromFsrsCard(card: FsrsCard): MemoryState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** The state after rating a card (null state: a card never reviewed) at `now`, and its log. */
export function scheduleReview(cardId: string, state: MemoryState | null, rating: Rating, now: Date, retention: number): ScheduledReview {
  const { card, log } = schedulerFor(retention).next(toFsrsCard(cardId, state, now), now, rating as Grade);
  return {
    next: fromFsrsCard(card),
    log: {
      rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: log.review,
    },
  };
}

/** How long until the card would be due again after each rating given at `now`. */
export function previewIntervals(cardId: string, state: MemoryState | null, now: Date, retention: number): IntervalPreview {
  const preview = schedulerFor(retention).repeat(toFsrsCard(cardId, state, now), now);
  const after = (rating: Rating) => preview[rating as Grade].card.due.getTime() - now.getTime();
  return { 1: after(1), 2: after(2), 3: after(3), 4: after(4) };
}
