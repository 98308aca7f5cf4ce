import { createHash } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { getCard } from "@/lib/content/cards";
import { award, EXP, sourceKeys, type RewardOutcome } from "@/lib/progress";
import { ratings, type IntervalPreview, type Rating } from "./ratings";
import { previewIntervals, scheduleReview, type MemoryState } from "./scheduler";
import { getSrsSettings } from "./settings";
import { memoryStateOfRow, parseMemoryState, serializeMemoryState } from "./stored-state";

/**
 * Rating a card and undoing a rating.
 *
 * Rewards and undo: the EXP ledger is append-only, so undo never takes EXP back. Instead the review
 * log id is derived from the state the card was rated from (learner, card, repetitions, last
 * review): rating again after an undo rates the same state, produces the same log id and so the
 * same reward sourceKey ("review:<id>"), which the ledger has already granted. One review of one
 * card state earns EXP once, however often it is undone and rated again.
 */

/** A card due again within this time comes back later in the same session (learning steps). */
export const SESSION_REQUEUE_MS = 20 * 60 * 1000;

export const rateInputSchema = z.strictObject({
  cardId: z.string().min(1).max(100),
  rating: z.union(ratings.map((r) => z.literal(r)), { error: "Rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)" }),
  /** The card's repetitions when it was shown: a rating of a card that changed since is refused. */
  expectedReps: z.int().min(0),
});
export type RateInput = z.infer<typeof rateInputSchema>;

export const undoInputSchema = z.strictObject({ reviewLogId: z.string().min(1).max(100) });

export type RateResult =
  | {
      status: "rated";
      reviewLogId: string;
      rating: Rating;
      /** The state after the rating; `reps` is what the next rating of this card must expect. */
      reps: number;
      due: Date;
      /** Due again within SESSION_REQUEUE_MS: show it again in this session, with these intervals. */
      requeue: boolean;
      preview: IntervalPreview;
      reward: RewardOutcome;
    }
  /** The card was rated elsewhere (another tab, a repeated request) since it was shown. */
  | { status: "stale" }
  | { status: "unknown-card" };

export type UndoResult =
  | { status: "undone"; cardId: string; reps: number; preview: IntervalPreview }
  | { status: "not-found" }
  /** A later rating of the same card exists; that one must be undone first. */
  | { status: "not-latest" };

/** Stable id of "this learner rated this card from this state"; see the note at the top. */
export function reviewLogIdFor(learnerId: string, cardId: string, previous: MemoryState | null): string {
  const from = previous ? `${previous.reps}:${previous.lastReview?.toISOString() ?? "-"}` : "new";
  return createHash("sha256").update(`${learnerId}\n${cardId}\n${from}`).digest("base64url").slice(0, 24);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function rateCard(client: PrismaClient, learnerId: string, input: RateInput, now: Date): Promise<RateResult> {
  const { cardId, rating, expectedReps } = rateInputSchema.parse(input);
  if (!getCard(cardId)) return { status: "unknown-card" };
  const { desiredRetention } = await getSrsSettings(client, learnerId);

  let stored: { reviewLogId: string; next: MemoryState } | null;
  try {
    stored = await client.$transaction(async (tx) => {
      const row = await tx.cardState.findUnique({ where: { learnerId_cardId: { learnerId, cardId } } });
      const previous = row ? memoryStateOfRow(row) : null;
      if ((previous?.reps ?? 0) !== expectedReps) return null;
      const { next, log } = scheduleReview(cardId, previous, rating, now, desiredRetention);
      const reviewLogId = reviewLogIdFor(learnerId, cardId, previous);
      await tx.cardState.upsert({
        where: { learnerId_cardId: { learnerId, cardId } },
        create: { learnerId, cardId, ...next },
        update: next,
      });
      await tx.reviewLog.create({
        data: { id: reviewLogId, learnerId, cardId, ...log, previousState: previous ? serializeMemoryState(previous) : null },
      });
      return { reviewLogId, next };
    });
  } catch (error) {
    // Two identical ratings racing: the second inserts the same log id and loses on the key.
    if (isUniqueViolation(error)) return { status: "stale" };
    throw error;
  }
  if (!stored) return { status: "stale" };

  const { reviewLogId, next } = stored;
  const reward = await award(client, learnerId, { sourceKey: sourceKeys.review(reviewLogId), kind: "review", exp: EXP.review, now });
  return {
    status: "rated",
    reviewLogId,
    rating,
    reps: next.reps,
    due: next.due,
    requeue: next.due.getTime() - now.getTime() < SESSION_REQUEUE_MS,
    preview: previewIntervals(cardId, next, now, desiredRetention),
    reward,
  };
}

/**
 * Puts the card back exactly as it was before the rating (or forgets it, for a card that was new)
 * and deletes the log. Only the card's latest rating can be undone, so later reviews never vanish.
 */
export async function undoReview(client: PrismaClient, learnerId: string, input: { reviewLogId: string }, now: Date): Promise<UndoResult> {
  const { reviewLogId } = undoInputSchema.parse(input);
  const { desiredRetention } = await getSrsSettings(client, learnerId);
  const restored = await client.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({ where: { id: reviewLogId, learnerId } });
    if (!log) return { status: "not-found" } as const;
    const latest = await tx.reviewLog.findFirst({
      where: { learnerId, cardId: log.cardId },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (latest?.id !== log.id) return { status: "not-latest" } as const;
    const previous = log.previousState === null ? null : parseMemoryState(log.previousState, log.id);
    const key = { learnerId_cardId: { learnerId, cardId: log.cardId } };
    if (previous) await tx.cardState.update({ where: key, data: previous });
    else await tx.cardState.delete({ where: key });
    await tx.reviewLog.delete({ where: { id: log.id } });
    return { status: "restored", cardId: log.cardId, previous } as const;
  });
  if (restored.status !== "restored") return restored;
  const { cardId, previous } = restored;
  return { status: "undone", cardId, reps: previous?.reps ?? 0, preview: previewIntervals(cardId, previous, now, desiredRetention) };
}
