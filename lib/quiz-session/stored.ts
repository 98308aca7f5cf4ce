import { z } from "zod";
import { bilingualSchema } from "@/lib/content/bilingual";
import { formatPath } from "@/lib/content/errors";
import {
  answerSchema,
  checkParameters,
  gradeAnswer,
  InvalidAttemptError,
  isScenarioQuestion,
  parseAnswer,
  withinRange,
  type Attempt,
  type GradeResult,
  type Question,
} from "@/lib/quiz";
import { fromStoredSeed } from "./seed";

/**
 * A QuizAttempt row's stored columns (params, answer, result) as the grader writes them. The grader
 * reads them back to replay an answered attempt and the progress import checks them before they reach
 * the database; both use these schemas, so a damaged row is a CorruptAttemptError naming the field.
 */

/** The most a stored result may hold: a scenario-choice result with four options' charts is about 45 KB. */
export const MAX_RESULT_CHARS = 256 * 1024;

/** An attempt whose stored columns this app could not have written; answered as 409 "start it again". */
export class CorruptAttemptError extends InvalidAttemptError {
  override name = "CorruptAttemptError";
  readonly problems: readonly string[];
  constructor(attemptId: string, problems: readonly string[]) {
    super(`attempt ${attemptId} is damaged: ${problems.slice(0, 3).join("; ")}`);
    this.problems = problems;
  }
}

const storedParamsSchema = z.record(z.string().max(100), z.number().finite());

const range = z.strictObject({ min: z.number().finite(), max: z.number().finite() });
const expectedSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single"), optionId: z.string().max(32) }),
  z.strictObject({ type: z.literal("multi"), optionIds: z.array(z.string().max(32)).max(16) }),
  z.strictObject({ type: z.literal("true-false"), value: z.boolean() }),
  z.strictObject({ type: z.literal("numeric"), value: z.number().finite(), accepted: range, unit: z.string().max(50) }),
  z.strictObject({ type: z.literal("ordering"), order: z.array(z.string().max(32)).max(16) }),
  z.strictObject({ type: z.literal("scenario-numeric"), value: z.number().finite(), accepted: range, unit: z.string().max(50), atSecond: z.number().finite().optional() }),
  z.strictObject({ type: z.literal("scenario-choice"), optionIds: z.array(z.string().max(32)).max(16) }),
]);

/** What every replayed result view reads; the evidence's details differ per type and stay loosely checked. */
const storedResultSchema = z.strictObject({
  questionId: z.string().max(100),
  correct: z.boolean(),
  expected: expectedSchema,
  given: answerSchema,
  evidence: z.looseObject({ type: z.string().max(32), explanation: bilingualSchema }),
  chart: z.looseObject({}).optional(),
  scenario: z.record(z.string(), z.unknown()).optional(),
});

export interface StoredAttemptColumns {
  questionId: string;
  seed: number;
  params: string;
  answer: string | null;
  correct: boolean | null;
  result: string | null;
  answeredAt: Date | null;
}

function parseJson(text: string, field: string, problems: string[]): unknown {
  try {
    return JSON.parse(text);
  } catch {
    problems.push(`${field}: not valid JSON`);
    return undefined;
  }
}

function zodProblems(error: z.ZodError, field: string): string[] {
  return error.issues.map((i) => `${formatPath([field, ...i.path])}: ${i.message}`);
}

/** The attempt's seed and parameters, checked against the question's declared ranges. */
function attemptProblems(question: Question, row: StoredAttemptColumns, problems: string[]): Attempt | null {
  const raw = parseJson(row.params, "params", problems);
  if (raw === undefined) return null;
  const params = storedParamsSchema.safeParse(raw);
  if (!params.success) {
    problems.push(...zodProblems(params.error, "params"));
    return null;
  }
  try {
    checkParameters(question, params.data);
  } catch (error) {
    problems.push(`params: ${(error as Error).message}`);
    return null;
  }
  return { seed: fromStoredSeed(row.seed), params: params.data };
}

/**
 * The stored result must be the grader's for this attempt: same question, same verdict as the
 * correct column, the answer column's answer, ids the attempt's seed shows. A non-scenario answer is
 * graded again (no simulation, microseconds) so its verdict is the grader's, not the file's; a scenario
 * verdict must follow from its own accepted range or option set.
 */
function resultProblems(question: Question, row: StoredAttemptColumns, attempt: Attempt, problems: string[]): GradeResult | null {
  if (row.answer === null || row.correct === null || row.result === null) {
    problems.push("an answered attempt has its answer, correct and result");
    return null;
  }
  const answer = parseJson(row.answer, "answer", problems);
  const raw = parseJson(row.result, "result", problems);
  if (answer === undefined || raw === undefined) return null;
  const parsed = storedResultSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, "result"));
    return null;
  }
  const result = parsed.data as unknown as GradeResult;
  const before = problems.length;
  if (result.questionId !== question.id) problems.push(`result.questionId: "${result.questionId}" is not the attempt's question "${question.id}"`);
  if (result.correct !== row.correct) problems.push("result.correct: differs from the attempt's correct");
  if (result.expected.type !== question.type || result.evidence.type !== question.type) problems.push(`result.expected.type: the question is "${question.type}"`);
  if (JSON.stringify(result.given) !== JSON.stringify(answer)) problems.push("answer: differs from result.given");
  try {
    parseAnswer(question, result.given, attempt.seed);
  } catch (error) {
    problems.push(`result.given: ${(error as Error).message}`);
  }
  if (problems.length > before) return null;
  if (!isScenarioQuestion(question)) {
    if (gradeAnswer(question, result.given, attempt).correct !== result.correct) problems.push("correct: the grader gives the other verdict for this answer");
  } else if (result.expected.type === "scenario-numeric" && result.given.type === "scenario-numeric") {
    if (withinRange(result.given.value, result.expected.accepted) !== result.correct) problems.push("correct: does not follow from result.expected.accepted");
  } else if (result.expected.type === "scenario-choice" && result.given.type === "scenario-choice") {
    const expected = new Set(result.expected.optionIds);
    const same = expected.size === result.given.optionIds.length && result.given.optionIds.every((id) => expected.has(id));
    if (same !== result.correct) problems.push("correct: does not follow from result.expected.optionIds");
  }
  return problems.length > before ? null : result;
}

/** Every problem of an attempt's stored columns, each with its field path; empty when the grader could have written them. */
export function storedAttemptProblems(question: Question, row: StoredAttemptColumns): string[] {
  const problems: string[] = [];
  if (row.result !== null && row.result.length > MAX_RESULT_CHARS) return [`result: longer than ${MAX_RESULT_CHARS} characters`];
  const attempt = attemptProblems(question, row, problems);
  if (row.answeredAt === null) {
    if (row.answer !== null || row.correct !== null || row.result !== null) problems.push("answeredAt: an unanswered attempt has no answer, correct or result");
  } else if (attempt) {
    resultProblems(question, row, attempt, problems);
  }
  return problems;
}

/** The seed and parameters to grade an attempt with; CorruptAttemptError when the row is damaged. */
export function storedAttempt(question: Question, row: StoredAttemptColumns & { id: string }): Attempt {
  const problems: string[] = [];
  const attempt = attemptProblems(question, row, problems);
  if (!attempt) throw new CorruptAttemptError(row.id, problems);
  return attempt;
}

/** The result an answered attempt stored; CorruptAttemptError when it is not what the grader wrote. */
export function storedResult(question: Question, row: StoredAttemptColumns & { id: string }): GradeResult {
  const problems: string[] = [];
  const attempt = attemptProblems(question, row, problems);
  const result = attempt && resultProblems(question, row, attempt, problems);
  if (!result) throw new CorruptAttemptError(row.id, problems);
  return result;
}
