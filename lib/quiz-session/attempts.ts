import "server-only";
import { randomInt } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { getQuestion, newAttempt, publicQuestion, type PublicQuestion, type Question } from "@/lib/quiz";
import { UnknownQuestionError } from "./errors";
import { toStoredSeed } from "./seed";
import type { QuizMode } from "./schemas";

export interface StartedAttempt {
  attemptId: string;
  /** Texts in the requested locale; no answers, explanations or scenario (lib/quiz publicQuestion). */
  question: PublicQuestion<string>;
}

/** 0 .. 2^32 - 1 from the operating system's CSPRNG: a learner cannot predict the next draw. */
function freshSeed(): number {
  return randomInt(0, 2 ** 32);
}

function questionOrThrow(id: string): Question {
  const question = getQuestion(id);
  if (!question) throw new UnknownQuestionError(`unknown question "${id}"`);
  return question;
}

/**
 * Puts questions to a learner: one stored attempt per question (seed and drawn parameters), so the
 * grader later re-simulates exactly what was shown. Returns what the browser may see, in order.
 */
export async function startAttempts(
  client: PrismaClient,
  learnerId: string,
  input: { questionIds: readonly string[]; mode: QuizMode; locale: Locale },
): Promise<StartedAttempt[]> {
  const questions = input.questionIds.map(questionOrThrow);
  const drafts = questions.map((question) => ({ question, attempt: newAttempt(question, freshSeed()) }));
  const rows = await client.$transaction(
    drafts.map(({ question, attempt }) =>
      client.quizAttempt.create({
        data: {
          learnerId,
          questionId: question.id,
          lessonId: question.lesson,
          topic: question.topic,
          mode: input.mode,
          seed: toStoredSeed(attempt.seed),
          params: JSON.stringify(attempt.params),
        },
        select: { id: true },
      }),
    ),
  );
  return drafts.map(({ question, attempt }, i) => ({
    attemptId: rows[i]!.id,
    question: publicQuestion(question, input.locale, attempt),
  }));
}
