import type { Locale } from "@/lib/i18n/locales";
import type { RewardOutcome } from "@/lib/progress";
import type { PublicQuestion } from "@/lib/quiz";
import type { ExamOutcome, QuizMode, ResultView } from "@/lib/quiz-session";

/** The browser side of /api/quiz: typed fetches (types only are imported from lib: nothing server-side ships). */
export type QuestionView = PublicQuestion<string>;

export interface StartedAttempt {
  attemptId: string;
  question: QuestionView;
}

export interface GradeResponse {
  attemptId: string;
  result: ResultView;
  reward: RewardOutcome;
  replayed: boolean;
}

export class QuizApiError extends Error {
  override name = "QuizApiError";
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = data && typeof data === "object" && "error" in data ? String((data as { error: unknown }).error) : response.statusText;
    throw new QuizApiError(response.status, message);
  }
  return data as T;
}

export async function startAttempts(questionIds: readonly string[], mode: QuizMode, locale: Locale): Promise<StartedAttempt[]> {
  const { attempts } = await post<{ attempts: StartedAttempt[] }>("/api/quiz/attempts", { questionIds, mode, locale });
  return attempts;
}

/**
 * Submits an answer. The idempotency key stays the same across the automatic retries, so a
 * response lost to the network never counts an answer twice. Client errors (4xx) are not retried.
 */
export async function gradeAnswer(attemptId: string, answer: unknown, idempotencyKey: string, locale: Locale): Promise<GradeResponse> {
  const delays = [300, 1000];
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await post<GradeResponse>("/api/quiz/grade", { attemptId, answer, idempotencyKey, locale });
    } catch (error) {
      const retryable = !(error instanceof QuizApiError) || error.status >= 500;
      const delay = delays[attempt];
      if (!retryable || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export interface ExamAnswer {
  attemptId: string;
  answer: unknown;
  idempotencyKey: string;
}

/** Grades a whole exam; safe to repeat after a failure (each answer keeps its idempotency key). */
export async function gradeExam(attemptIds: readonly string[], answers: readonly ExamAnswer[], locale: Locale): Promise<ExamOutcome> {
  return post<ExamOutcome>("/api/quiz/exam", { attemptIds, answers, locale });
}

/** Reports a finished practice set; returns the perfect-set reward, if it was one. */
export async function finishSet(attemptIds: readonly string[]): Promise<RewardOutcome | null> {
  const { reward } = await post<{ reward: RewardOutcome | null }>("/api/quiz/finish", { attemptIds });
  return reward;
}
