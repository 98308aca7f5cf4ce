import type { RewardOutcome } from "@/lib/progress/types";
import type { IntervalPreview, Rating } from "@/lib/srs/ratings";

/** What the flashcard server actions answer; plain data the browser can hold. */

export type RateActionResult =
  | { status: "rated"; reviewLogId: string; rating: Rating; reps: number; requeue: boolean; preview: IntervalPreview; reward: RewardOutcome }
  | { status: "stale" }
  | { status: "invalid" };

export type UndoActionResult =
  | { status: "undone"; reps: number; preview: IntervalPreview }
  | { status: "not-latest" }
  | { status: "invalid" };

export type RateAction = (input: { cardId: string; rating: Rating; expectedReps: number }) => Promise<RateActionResult>;
export type UndoAction = (input: { reviewLogId: string }) => Promise<UndoActionResult>;
/** When the next card of the session's scope is due (ISO instant), or null. */
export type NextDueAction = (input: { deck: string | null }) => Promise<string | null>;

export type SettingsField = "desiredRetention" | "newCardsPerDay" | "cardDirection";
export type SettingsFormState =
  | { status: "idle" }
  | { status: "saved" }
  | { status: "invalid"; fields: SettingsField[] }
  | { status: "failed" };
export type SaveSettingsAction = (previous: SettingsFormState, form: FormData) => Promise<SettingsFormState>;
