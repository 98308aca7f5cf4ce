import { z } from "zod";
import { keyMap } from "./keys";
import type { Question } from "./schema";

/**
 * What a learner submits, per question type. The server action parses the request body with
 * `answerSchema` and then `parseAnswer(question, body)` checks it against the question itself
 * (known option ids, a permutation for ordering).
 */
const optionIdInput = z.string().min(1).max(32);
const uniqueIds = z
  .array(optionIdInput)
  .max(16)
  .refine((ids) => new Set(ids).size === ids.length, "an option is chosen twice");

export const singleAnswerSchema = z.strictObject({ type: z.literal("single"), optionId: optionIdInput });
export const multiAnswerSchema = z.strictObject({ type: z.literal("multi"), optionIds: uniqueIds.min(1) });
export const trueFalseAnswerSchema = z.strictObject({ type: z.literal("true-false"), value: z.boolean() });
export const numericAnswerSchema = z.strictObject({ type: z.literal("numeric"), value: z.number().finite() });
export const orderingAnswerSchema = z.strictObject({ type: z.literal("ordering"), order: uniqueIds.min(2) });
export const scenarioNumericAnswerSchema = z.strictObject({
  type: z.literal("scenario-numeric"),
  value: z.number().finite(),
});
/** The options the learner believes meet the goal (possibly none). */
export const scenarioChoiceAnswerSchema = z.strictObject({ type: z.literal("scenario-choice"), optionIds: uniqueIds });

export const answerSchemas = {
  single: singleAnswerSchema,
  multi: multiAnswerSchema,
  "true-false": trueFalseAnswerSchema,
  numeric: numericAnswerSchema,
  ordering: orderingAnswerSchema,
  "scenario-numeric": scenarioNumericAnswerSchema,
  "scenario-choice": scenarioChoiceAnswerSchema,
} as const;

export const answerSchema = z.discriminatedUnion("type", [
  singleAnswerSchema,
  multiAnswerSchema,
  trueFalseAnswerSchema,
  numericAnswerSchema,
  orderingAnswerSchema,
  scenarioNumericAnswerSchema,
  scenarioChoiceAnswerSchema,
]);
export type Answer = z.infer<typeof answerSchema>;
export type AnswerFor<T extends Question["type"]> = Extract<Answer, { type: T }>;

/** The answer does not fit the question (wrong type, unknown option, not a permutation...). */
export class InvalidAnswerError extends Error {
  override name = "InvalidAnswerError";
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super(`Invalid answer: ${issues.join("; ")}`);
    this.issues = issues;
  }
}

/**
 * Validates an untrusted answer for this question and attempt; throws InvalidAnswerError with readable
 * issues. Option and item ids in answers are the attempt's public keys (see keys.ts); the result holds
 * the answer as given and the same answer in content ids, for grading.
 */
export function parseAnswer(question: Question, input: unknown, seed: number): { given: Answer; internal: Answer } {
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidAnswerError(parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
  }
  const given = parsed.data;
  if (given.type !== question.type) {
    throw new InvalidAnswerError([`type: question ${question.id} is "${question.type}", the answer is "${given.type}"`]);
  }
  const { toId } = keyMap(question, seed);
  const issues: string[] = [];
  const resolve = (keys: readonly string[], field: string): string[] =>
    keys.map((key) => {
      const id = toId.get(key);
      if (id === undefined) issues.push(`${field}: unknown option "${key}"`);
      return id ?? key;
    });
  let internal: Answer = given;
  switch (given.type) {
    case "single":
      internal = { ...given, optionId: resolve([given.optionId], "optionId")[0]! };
      break;
    case "multi":
    case "scenario-choice":
      internal = { ...given, optionIds: resolve(given.optionIds, "optionIds") };
      break;
    case "ordering":
      internal = { ...given, order: resolve(given.order, "order") };
      if (question.type === "ordering" && given.order.length !== question.items.length) {
        issues.push(`order: expected all ${question.items.length} items, got ${given.order.length}`);
      }
      break;
    default:
      break;
  }
  if (issues.length > 0) throw new InvalidAnswerError(issues);
  return { given, internal };
}
