"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { NextDueAction, RateActionResult, SettingsField, SettingsFormState, UndoActionResult } from "@/components/flashcards/types";
import { getDeck } from "@/lib/content/cards";
import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { nextDueAfter, rateCard, rateInputSchema, saveSrsSettings, srsSettingsSchema, undoInputSchema, undoReview } from "@/lib/srs";

/** Rates the card shown; a card rated elsewhere since it was shown comes back "stale". */
export async function rateCardAction(input: unknown): Promise<RateActionResult> {
  const parsed = rateInputSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const learnerId = await requireLearnerId();
  const result = await rateCard(db(), learnerId, parsed.data, new Date());
  if (result.status === "unknown-card") return { status: "invalid" };
  if (result.status === "stale") return result;
  const { reviewLogId, rating, reps, requeue, preview, reward } = result;
  return { status: "rated", reviewLogId, rating, reps, requeue, preview, reward };
}

/** Undoes one rating of this learner, if it is still the card's latest. */
export async function undoReviewAction(input: unknown): Promise<UndoActionResult> {
  const parsed = undoInputSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const learnerId = await requireLearnerId();
  const result = await undoReview(db(), learnerId, parsed.data, new Date());
  if (result.status === "not-found") return { status: "invalid" };
  if (result.status === "not-latest") return result;
  return { status: "undone", reps: result.reps, preview: result.preview };
}

const nextDueInput = z.strictObject({ deck: z.string().max(100).nullable() });

/** When the next card of the finished session's deck (or of all decks) is due. */
export async function nextDueAction(input: Parameters<NextDueAction>[0]): ReturnType<NextDueAction> {
  const parsed = nextDueInput.parse(input);
  const deck = parsed.deck === null ? undefined : getDeck(parsed.deck);
  if (parsed.deck !== null && !deck) throw new Error(`unknown deck "${parsed.deck}"`);
  const learnerId = await requireLearnerId();
  const next = await nextDueAfter(db(), learnerId, new Date(), deck?.cards.map((c) => c.id));
  return next?.toISOString() ?? null;
}

/** The settings form; each field arrives as text and is validated as a whole. */
export async function saveSettingsAction(_previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const number = (name: string) => {
    const raw = form.get(name);
    return typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
  };
  const parsed = srsSettingsSchema.safeParse({
    desiredRetention: number("desiredRetention"),
    newCardsPerDay: number("newCardsPerDay"),
    cardDirection: form.get("cardDirection"),
  });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as SettingsField))];
    return { status: "invalid", fields };
  }
  const learnerId = await requireLearnerId();
  await saveSrsSettings(db(), learnerId, parsed.data);
  // The new-card limit changes today's counts on the same page.
  revalidatePath("/[locale]/flashcards", "page");
  return { status: "saved" };
}
