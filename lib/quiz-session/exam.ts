import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { mergeOutcomes, type RewardOutcome } from "@/lib/progress";
import { finishSet } from "./finish";
import { submit } from "./submit";
import type { ResultView } from "./view";

export interface ExamSubmission {
  /** Every attempt of the exam, answered or not: unanswered ones count as wrong. */
  attemptIds: string[];
  answers: { attemptId: string; answer: unknown; idempotencyKey: string }[];
  locale: Locale;
}

export interface ExamOutcome {
  results: { attemptId: string; result: ResultView | null }[];
  correct: number;
  total: number;
  /** Everything the exam earned, as one moment; null when it earned nothing. */
  reward: RewardOutcome | null;
}

/**
 * Grades an exam at the end: each answer through the same submit as practice (stored, idempotent,
 * EXP once per attempt), one after another so SQLite sees no write burst, then the set as a whole.
 * Resubmitting the same exam returns the same results and grants nothing more.
 */
export async function submitExam(client: PrismaClient, learnerId: string, input: ExamSubmission, now: Date = new Date()): Promise<ExamOutcome> {
  const byAttempt = new Map<string, ResultView>();
  let reward: RewardOutcome | null = null;
  const add = (outcome: RewardOutcome | null) => {
    if (outcome?.granted) reward = reward ? mergeOutcomes(reward, outcome) : outcome;
  };
  for (const { attemptId, answer, idempotencyKey } of input.answers) {
    const outcome = await submit(client, learnerId, { attemptId, answer, idempotencyKey, locale: input.locale }, now);
    byAttempt.set(attemptId, outcome.result);
    add(outcome.reward);
  }
  add(await finishSet(client, learnerId, input.attemptIds, now));
  const results = input.attemptIds.map((attemptId) => ({ attemptId, result: byAttempt.get(attemptId) ?? null }));
  return { results, correct: results.filter((r) => r.result?.correct).length, total: results.length, reward };
}
