import { z } from "zod";
import { default_maximum_interval, S_MAX } from "ts-fsrs";
import type { CardState } from "@/lib/db/generated/client";
import { formatPath } from "@/lib/content/errors";
import type { MemoryState } from "./scheduler";

/**
 * A card's memory state as this app's scheduler (ts-fsrs, default parameters) writes it: into CardState
 * rows, ReviewLog.previousState (JSON text, so undo restores it exactly) and progress files. The bounds
 * are ts-fsrs's own: stability at most S_MAX days (0 only for a card never rated), difficulty 1..10
 * (0 for a new card), intervals at most the maximum interval. Every reader parses with this schema, so
 * a damaged row is a CorruptCardStateError naming the field, never a NaN fed to the scheduler.
 */

/** Intervals and elapsed days are whole days; a learner may return after up to twice the longest interval. */
const MAX_DAYS = 2 * default_maximum_interval;
/** More ratings of one card than years of daily study could give. */
const MAX_REPS = 100_000;
/** ts-fsrs's default learning steps are 2 and relearning steps 1; a few more leave room for new defaults. */
const MAX_LEARNING_STEPS = 10;

const validDate = z.date().refine((d) => !Number.isNaN(d.getTime()), "not a valid instant");

export const memoryStateShape = {
  stability: z.number().min(0).max(S_MAX),
  difficulty: z.number().min(0).max(10),
  elapsedDays: z.int().min(0).max(MAX_DAYS),
  scheduledDays: z.int().min(0).max(MAX_DAYS),
  learningSteps: z.int().min(0).max(MAX_LEARNING_STEPS),
  reps: z.int().min(0).max(MAX_REPS),
  lapses: z.int().min(0).max(MAX_REPS),
  state: z.int().min(0).max(3),
};

/** A rated card's state must agree with itself: ts-fsrs never writes one of these without the others. */
export function consistentMemoryState(s: { state: number; stability: number; difficulty: number; reps: number; lapses: number; lastReview: Date | null }, ctx: z.RefinementCtx) {
  if (s.lapses > s.reps) ctx.addIssue({ code: "custom", path: ["lapses"], message: "more lapses than repetitions" });
  if (s.state === 0) return;
  // Out-of-range values are already reported by the bounds; these add what the bounds cannot say.
  if (s.stability === 0) ctx.addIssue({ code: "custom", path: ["stability"], message: "a rated card has a positive stability" });
  if (s.difficulty >= 0 && s.difficulty < 1) ctx.addIssue({ code: "custom", path: ["difficulty"], message: "a rated card's difficulty is 1..10" });
  if (s.lastReview === null) ctx.addIssue({ code: "custom", path: ["lastReview"], message: "a rated card has a last review" });
}

export const memoryStateSchema = z
  .strictObject({ ...memoryStateShape, due: validDate, lastReview: validDate.nullable() })
  .superRefine(consistentMemoryState);

const instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

/** The JSON form's fields (ReviewLog.previousState, progress files): instants as ISO strings. */
export const memoryStateJsonShape = { ...memoryStateShape, due: instant, lastReview: instant.nullable() };
export const memoryStateJsonSchema = z.strictObject(memoryStateJsonShape).superRefine(consistentMemoryState);

/** A stored card state or previous state that this app could not have written. */
export class CorruptCardStateError extends Error {
  override name = "CorruptCardStateError";
  readonly cardId: string;
  readonly problems: readonly string[];
  constructor(where: string, cardId: string, problems: readonly string[]) {
    super(`${where}: the stored state of card "${cardId}" is damaged (${problems.join("; ")})`);
    this.cardId = cardId;
    this.problems = problems;
  }
}

function problemsOf(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((i) => `${formatPath([prefix, ...i.path])}: ${i.message}`);
}

export function memoryStateOfRow(row: CardState): MemoryState {
  const parsed = memoryStateSchema.safeParse({
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
  });
  if (!parsed.success) throw new CorruptCardStateError("CardState", row.cardId, problemsOf(parsed.error, "card"));
  return parsed.data;
}

export function serializeMemoryState(state: MemoryState): string {
  return JSON.stringify({ ...state, due: state.due.toISOString(), lastReview: state.lastReview?.toISOString() ?? null });
}

function readMemoryStateJson(json: string, prefix: string): { ok: true; state: MemoryState } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problems: [`${prefix}: not valid JSON`] };
  }
  const parsed = memoryStateJsonSchema.safeParse(raw);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, problems: problemsOf(parsed.error, prefix) };
}

/** The problems of a previousState text, each with its field path; empty when it is a valid state. */
export function memoryStateJsonProblems(json: string, prefix: string): string[] {
  const read = readMemoryStateJson(json, prefix);
  return read.ok ? [] : read.problems;
}

/** Throws CorruptCardStateError with the log's card and the field at fault when the stored JSON is not a memory state. */
export function parseMemoryState(json: string, log: { id: string; cardId: string }): MemoryState {
  const read = readMemoryStateJson(json, "previousState");
  if (!read.ok) throw new CorruptCardStateError(`ReviewLog ${log.id}`, log.cardId, read.problems);
  return read.state;
}
