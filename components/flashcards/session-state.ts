import type { IntervalPreview, Rating } from "@/lib/srs/ratings";

/**
 * The state of one review session in the browser: the queue (its head is the card shown), whether
 * the answer is revealed, and the ratings given, newest last, which undo walks back. Pure, so the
 * rules (requeue, undo) are tested without a browser.
 */

/** What the session needs to rate one card; its content lives beside it, keyed by id. */
export interface QueuedCard {
  id: string;
  /** Sent back with the rating; the server refuses a rating of a card that changed since. */
  reps: number;
  isNew: boolean;
  preview: IntervalPreview;
}

export interface RatedEntry {
  card: QueuedCard;
  reviewLogId: string;
  rating: Rating;
  /** The rating put the card back at the end of the queue (a learning step due within the session). */
  requeued: boolean;
  /** EXP this rating granted (0 when the ledger had granted it before). */
  exp: number;
  /** When the rating was given (ms since the epoch, browser clock). */
  at: number;
}

export interface SessionState {
  queue: QueuedCard[];
  revealed: boolean;
  history: RatedEntry[];
  /** Cards dropped because another tab rated them first. */
  skipped: number;
  /** When the session began (browser clock), set by the first rating; null before it. */
  startedAt: number | null;
}

export type SessionEvent =
  | { type: "reveal" }
  | {
      type: "rated";
      reviewLogId: string;
      rating: Rating;
      reps: number;
      requeue: boolean;
      preview: IntervalPreview;
      exp: number;
      at: number;
      /** When the page showed the first card; only the first rating's value is kept. */
      startedAt: number;
    }
  | { type: "undone"; reps: number; preview: IntervalPreview }
  | { type: "skip" };

export function startSession(queue: QueuedCard[]): SessionState {
  return { queue, revealed: false, history: [], skipped: 0, startedAt: null };
}

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  const [current, ...rest] = state.queue;
  switch (event.type) {
    case "reveal":
      return current ? { ...state, revealed: true } : state;
    case "rated": {
      if (!current) return state;
      const entry: RatedEntry = {
        card: current,
        reviewLogId: event.reviewLogId,
        rating: event.rating,
        requeued: event.requeue,
        exp: event.exp,
        at: event.at,
      };
      const again: QueuedCard[] = event.requeue ? [{ id: current.id, reps: event.reps, isNew: false, preview: event.preview }] : [];
      return {
        ...state,
        queue: [...rest, ...again],
        revealed: false,
        history: [...state.history, entry],
        startedAt: state.startedAt ?? event.startedAt,
      };
    }
    case "undone": {
      const last = state.history.at(-1);
      if (!last) return state;
      let queue = state.queue;
      if (last.requeued) {
        const at = queue.findLastIndex((card) => card.id === last.card.id);
        if (at >= 0) queue = queue.toSpliced(at, 1);
      }
      // The learner saw this answer already: show it again so the rating can be corrected at once.
      const restored: QueuedCard = { ...last.card, reps: event.reps, preview: event.preview };
      return { ...state, queue: [restored, ...queue], revealed: true, history: state.history.slice(0, -1) };
    }
    case "skip":
      return current ? { ...state, queue: rest, revealed: false, skipped: state.skipped + 1 } : state;
  }
}

export interface SessionProgress {
  /** 1-based position of the shown card; equals total + 1 when the session is over. */
  current: number;
  total: number;
  done: boolean;
}

export function sessionProgress(state: SessionState): SessionProgress {
  const total = state.history.length + state.queue.length;
  return { current: state.history.length + 1, total, done: state.queue.length === 0 };
}

export interface SessionTally {
  ratings: number;
  cards: number;
  byRating: Record<Rating, number>;
  exp: number;
  /** From the first card shown to the last rating. */
  durationMs: number;
}

export function sessionTally({ history, startedAt }: Pick<SessionState, "history" | "startedAt">): SessionTally {
  const byRating: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const entry of history) byRating[entry.rating] += 1;
  return {
    ratings: history.length,
    cards: new Set(history.map((e) => e.card.id)).size,
    byRating,
    exp: history.reduce((sum, e) => sum + e.exp, 0),
    durationMs: startedAt === null || history.length === 0 ? 0 : Math.max(0, history.at(-1)!.at - startedAt),
  };
}
