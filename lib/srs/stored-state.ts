import { z } from "zod";
import type { CardState } from "@/lib/db/generated/client";
import type { MemoryState } from "./scheduler";

/**
 * ReviewLog.previousState: the CardState before a rating, as JSON text, so undo restores it exactly.
 * Instants are ISO strings; reading validates the shape, since a column of text guarantees nothing.
 */
const instant = z.iso.datetime().transform((text) => new Date(text));

const previousStateSchema = z.strictObject({
  due: instant,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  lastReview: instant.nullable(),
});

export function memoryStateOfRow(row: CardState): MemoryState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

export function serializeMemoryState(state: MemoryState): string {
  return JSON.stringify({ ...state, due: state.due.toISOString(), lastReview: state.lastReview?.toISOString() ?? null });
}

/** Throws with the log id and the field at fault when the stored JSON is not a memory state. */
export function parseMemoryState(json: string, reviewLogId: string): MemoryState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`ReviewLog ${reviewLogId}: previousState is not valid JSON`);
  }
  const parsed = previousStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`ReviewLog ${reviewLogId}: previousState.${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
