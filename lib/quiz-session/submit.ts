import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { award, EXP, sourceKeys, type RewardOutcome } from "@/lib/progress";
import { getQuestion, gradeAnswer, isScenarioQuestion, QuestionContentError, type GradeResult, type Question } from "@/lib/quiz";
import { AttemptNotFoundError, IdempotencyKeyReusedError } from "./errors";
import { fromStoredSeed } from "./seed";
import { resultView, type ResultView } from "./view";

export interface Submission {
  attemptId: string;
  answer: unknown;
  idempotencyKey: string;
  locale: Locale;
}

export interface SubmitOutcome {
  attemptId: string;
  result: ResultView;
  /** What this submission earned; a replay earns nothing (granted: false). */
  reward: RewardOutcome;
  /** True when the attempt had already been answered (a retry, a double click, another tab). */
  replayed: boolean;
}

const storedParamsSchema = z.record(z.string(), z.number().finite());

/**
 * The stored result is what the grader returned; its core is checked on the way out of the
 * database so that a damaged row fails loudly instead of showing a wrong verdict.
 */
const storedResultSchema = z.looseObject({
  questionId: z.string(),
  correct: z.boolean(),
  expected: z.looseObject({ type: z.string() }),
  given: z.looseObject({ type: z.string() }),
  evidence: z.looseObject({ type: z.string(), explanation: z.looseObject({ en: z.string(), ko: z.string() }) }),
});

function expFor(question: Question, correct: boolean): number {
  if (!correct) return 0;
  return isScenarioQuestion(question) ? EXP.scenarioAnswer : EXP.answer;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Grades one answer to one of the learner's attempts, at most once. The attempt's stored seed and
 * parameters are used (never the client's). The first accepted submission is stored; any later one
 * (same idempotency key after a network error, a double click, a different key from another tab)
 * returns that stored result. EXP goes through the progress ledger keyed by the attempt, so it is
 * granted once however many submissions race, and a retry repairs a grant a crash interrupted.
 */
export async function submit(client: PrismaClient, learnerId: string, input: Submission, now: Date = new Date()): Promise<SubmitOutcome> {
  const attempt = await client.quizAttempt.findUnique({ where: { id: input.attemptId } });
  if (!attempt || attempt.learnerId !== learnerId) throw new AttemptNotFoundError(`no attempt "${input.attemptId}" for this learner`);
  const question = getQuestion(attempt.questionId);
  if (!question) throw new QuestionContentError(`attempt ${attempt.id} refers to question "${attempt.questionId}", no longer in the bank`);

  let result: GradeResult;
  let replayed = attempt.answeredAt !== null;
  if (attempt.answeredAt !== null) {
    result = readStoredResult(attempt.result);
  } else {
    // Throws InvalidAnswerError (the answer does not fit the question) before anything is stored.
    result = gradeAnswer(question, input.answer, { seed: fromStoredSeed(attempt.seed), params: storedParamsSchema.parse(JSON.parse(attempt.params)) });
    try {
      const { count } = await client.quizAttempt.updateMany({
        where: { id: attempt.id, answeredAt: null },
        data: {
          idempotencyKey: input.idempotencyKey,
          answer: JSON.stringify(result.given),
          correct: result.correct,
          result: JSON.stringify(result),
          answeredAt: now,
        },
      });
      if (count === 0) {
        // Another submission won the race: show what it stored, so every response agrees.
        replayed = true;
        result = await storedResultOf(client, attempt.id);
      }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const owner = await client.quizAttempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
      if (owner?.id !== attempt.id) throw new IdempotencyKeyReusedError("this idempotency key was already used for another attempt");
      replayed = true;
      result = await storedResultOf(client, attempt.id);
    }
  }

  const reward = await award(client, learnerId, {
    sourceKey: sourceKeys.answer(attempt.id),
    kind: "answer",
    exp: expFor(question, result.correct),
    now,
  });
  return { attemptId: attempt.id, result: resultView(result, input.locale), reward, replayed };
}

async function storedResultOf(client: PrismaClient, attemptId: string): Promise<GradeResult> {
  const row = await client.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { result: true } });
  return readStoredResult(row.result);
}

function readStoredResult(json: string | null): GradeResult {
  if (json === null) throw new Error("an answered attempt has no stored result");
  return storedResultSchema.parse(JSON.parse(json)) as unknown as GradeResult;
}
