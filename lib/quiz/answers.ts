import { z } from "zod";
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

/** Validates an untrusted answer for this question; throws InvalidAnswerError with readable issues. */
export function parseAnswer(question: Question, input: unknown): Answer {
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidAnswerError(parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
  }
  const answer = parsed.data;
  if (answer.type !== question.type) {
    throw new InvalidAnswerError([`type: question ${question.id} is "${question.type}", the answer is "${answer.type}"`]);
  }
  const issues: string[] = [];
  const known = (ids: readonly string[], valid: readonly { id: string }[], field: string) => {
    const set = new Set(valid.map((o) => o.id));
    for (const id of ids) if (!set.has(id)) issues.push(`${field}: unknown option "${id}"`);
  };
  if (answer.type === "single" && (question.type === "single")) known([answer.optionId], question.options, "optionId");
  if (answer.type === "multi" && question.type === "multi") known(answer.optionIds, question.options, "optionIds");
  if (answer.type === "scenario-choice" && question.type === "scenario-choice") known(answer.optionIds, question.options, "optionIds");
  if (answer.type === "ordering" && question.type === "ordering") {
    known(answer.order, question.items, "order");
    if (answer.order.length !== question.items.length) {
      issues.push(`order: expected all ${question.items.length} items, got ${answer.order.length}`);
    }
  }
  if (issues.length > 0) throw new InvalidAnswerError(issues);
  return answer;
}
