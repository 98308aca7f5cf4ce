/**
 * The one place that says how much EXP each kind of study earns, and how reward sources are named.
 * Features award through these so that a grant's sourceKey (its idempotency key in the ledger) is
 * spelled the same way everywhere, and the badge rules can count grants by kind and prefix.
 */
export const EXP = {
  /** reading one lesson section to the end */
  section: 10,
  /** one flashcard rating */
  review: 2,
  /** a correct answer to a non-scenario question */
  answer: 10,
  /** a correct answer to a scenario question: they ask for a simulated figure, so they are harder */
  scenarioAnswer: 15,
} as const;

export const rewardKinds = ["lesson", "section", "review", "answer", "quiz", "bonus"] as const;
export type RewardKind = (typeof rewardKinds)[number];

/** A "perfect" grant (all answers right) starts with this; the badge for a first perfect quiz counts them. */
export const PERFECT_PREFIX = "perfect:";

export const sourceKeys = {
  lesson: (lessonId: string) => `lesson:${lessonId}`,
  lessonPerfect: (lessonId: string) => `${PERFECT_PREFIX}lesson:${lessonId}`,
  section: (lessonId: string, sectionId: string) => `section:${lessonId}:${sectionId}`,
  review: (reviewLogId: string) => `review:${reviewLogId}`,
  answer: (attemptId: string) => `answer:${attemptId}`,
  /** a finished quiz set */
  quiz: (setId: string) => `quiz:${setId}`,
  /** a finished quiz set with every answer right */
  quizPerfect: (setId: string) => `${PERFECT_PREFIX}quiz:${setId}`,
} as const;

/** The lesson id of a "lesson:<id>" sourceKey, or null for any other source. */
export function lessonIdOfSourceKey(sourceKey: string): string | null {
  return sourceKey.startsWith("lesson:") ? sourceKey.slice("lesson:".length) : null;
}
