import "server-only";
import { randomInt } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { getQuestion, gradeAnswer, isScenarioQuestion, newAttempt, publicQuestion, type Attempt, type PublicQuestion, type Question } from "@/lib/quiz";
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

export interface StartedAttempts {
  attempts: StartedAttempt[];
  /**
   * Runs the attempts' simulations now, while the learner reads, so that grading their answer finds
   * the runs in lib/quiz's cache. Call it after the response is sent (next/server `after`).
   */
  simulateAhead(): void;
}

/** A valid answer of the question's type; its verdict is irrelevant, grading it runs the simulations. */
function probeAnswer(question: Question): unknown {
  return question.type === "scenario-numeric" ? { type: "scenario-numeric", value: 0 } : { type: "scenario-choice", optionIds: [] };
}

function simulateAhead(drafts: readonly { question: Question; attempt: Attempt }[]): void {
  for (const { question, attempt } of drafts) {
    if (!isScenarioQuestion(question)) continue;
    try {
      gradeAnswer(question, probeAnswer(question), attempt);
    } catch (error) {
      // Only a speed-up: the real grading reports any problem to the learner.
      console.error(error);
    }
  }
}

/**
 * Puts questions to a learner: one stored attempt per question (seed and drawn parameters), so the
 * grader later re-simulates exactly what was shown. Returns what the browser may see, in order.
 */
export async function startAttempts(
  client: PrismaClient,
  learnerId: string,
  input: { questionIds: readonly string[]; mode: QuizMode; locale: Locale },
): Promise<StartedAttempts> {
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
  return {
    attempts: drafts.map(({ question, attempt }, i) => ({
      attemptId: rows[i]!.id,
      question: publicQuestion(question, input.locale, attempt),
    })),
    simulateAhead: () => simulateAhead(drafts),
  };
}
