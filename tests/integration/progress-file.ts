import { getCards } from "@/lib/content/cards";
import { getLessons } from "@/lib/content/lessons";
import { EXP, sourceKeys } from "@/lib/progress/rules";
import { EXPORT_FORMAT, EXPORT_VERSION, type ProgressExportJson } from "@/lib/progress/transfer-schema";
import { getQuestions, gradeAnswer, isScenarioQuestion, newAttempt, publicQuestion, type Answer, type Question } from "@/lib/quiz";
import { toStoredSeed } from "@/lib/quiz-session/seed";

/**
 * Progress files as the app writes them, built without a database: for the import's integration test
 * and its benchmark (the largest file the limits allow). Every answer is graded by the real grader.
 */

/** An answer of the right type for the attempt as shown (right or wrong does not matter). */
export function sampleAnswer(question: Question, seed: number, params: Record<string, number>): Answer {
  const shown = publicQuestion(question, "en", { seed, params });
  switch (shown.type) {
    case "single":
      return { type: "single", optionId: shown.options[0]!.id };
    case "multi":
      return { type: "multi", optionIds: [shown.options[0]!.id] };
    case "true-false":
      return { type: "true-false", value: true };
    case "numeric":
      return { type: "numeric", value: 1 };
    case "ordering":
      return { type: "ordering", order: shown.items.map((i) => i.id) };
    case "scenario-numeric":
      return { type: "scenario-numeric", value: 0 };
    case "scenario-choice":
      return { type: "scenario-choice", optionIds: [] };
  }
}

/** The stored columns of one answered attempt, exactly as lib/quiz-session writes them. */
export function answeredColumns(question: Question, seed: number) {
  const attempt = newAttempt(question, seed);
  const result = gradeAnswer(question, sampleAnswer(question, attempt.seed, attempt.params), attempt);
  return {
    seed: toStoredSeed(attempt.seed),
    params: JSON.stringify(attempt.params),
    answer: JSON.stringify(result.given),
    correct: result.correct,
    result: JSON.stringify(result),
  };
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A file of `reviews` ratings and `attempts` answers spread over `days` consecutive study days ending
 * yesterday, with every lesson, section and card. Seeds repeat (`seeds` per question) so that building
 * it simulates each scenario only a few times.
 */
export function buildProgressFile({ reviews, attempts, days, now, seeds = 3 }: { reviews: number; attempts: number; days: number; now: Date; seeds?: number }): ProgressExportJson {
  const firstDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY_MS;
  const noonOf = (i: number) => firstDay + (i % days) * DAY_MS + 12 * 3_600_000;
  const rewards: ProgressExportJson["rewards"] = [];
  const grant = (sourceKey: string, kind: string, exp: number, at: number, points = 0) =>
    rewards.push({ sourceKey, kind, exp, points, day: iso(at).slice(0, 10), createdAt: iso(at) });
  let slot = 0;

  const lessons = getLessons();
  const sections = lessons.flatMap((l) => l.sections.map((s) => ({ lessonId: l.id, sectionId: s.id, completedAt: iso(noonOf(slot++)) })));
  for (const s of sections) grant(sourceKeys.section(s.lessonId, s.sectionId), "section", EXP.section, Date.parse(s.completedAt));
  for (const l of lessons) {
    grant(sourceKeys.lesson(l.id), "lesson", l.rewards.exp, noonOf(slot));
    grant(sourceKeys.lessonPerfect(l.id), "bonus", 0, noonOf(slot++), l.rewards.perfectBonus);
  }

  const state = (at: number) => ({ stability: 12.5, difficulty: 5.2, elapsedDays: 4, scheduledDays: 12, learningSteps: 0, reps: 5, lapses: 1, state: 2, due: iso(at + 12 * DAY_MS), lastReview: iso(at) });
  const cards = getCards().map((c, i) => ({ cardId: c.id, ...state(noonOf(i)) }));
  const reviewRows = Array.from({ length: reviews }, (_, i) => {
    const at = noonOf(slot++) + (i % 1000) * 1000;
    const before = state(at - 4 * DAY_MS);
    const log = { state: before.state, due: before.due, stability: before.stability, difficulty: before.difficulty, elapsedDays: before.elapsedDays, scheduledDays: before.scheduledDays, learningSteps: before.learningSteps };
    const id = `rv${i.toString(36).padStart(8, "0")}`;
    grant(sourceKeys.review(id), "review", EXP.review, at);
    return { id, cardId: cards[i % cards.length]!.cardId, rating: 3, ...log, reviewedAt: iso(at), previousState: JSON.stringify(before) };
  });

  const questions = getQuestions();
  const columns = new Map<string, ReturnType<typeof answeredColumns>>();
  const attemptRows = Array.from({ length: attempts }, (_, i) => {
    const question = questions[i % questions.length]!;
    const seed = Math.floor(i / questions.length) % seeds;
    const key = `${question.id}/${seed}`;
    if (!columns.has(key)) columns.set(key, answeredColumns(question, seed));
    const stored = columns.get(key)!;
    const at = noonOf(slot++) + (i % 1000) * 1000;
    const id = `at${i.toString(36).padStart(8, "0")}`;
    const exp = stored.correct ? (isScenarioQuestion(question) ? EXP.scenarioAnswer : EXP.answer) : 0;
    grant(sourceKeys.answer(id), "answer", exp, at);
    return { id, questionId: question.id, lessonId: question.lesson, topic: question.topic, mode: "practice" as const, createdAt: iso(at - 60_000), answeredAt: iso(at), ...stored };
  });

  const expByDay = new Map<string, number>();
  for (const r of rewards) expByDay.set(r.day, (expByDay.get(r.day) ?? 0) + r.exp);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now.getTime()),
    settings: { timeZone: "UTC", readingMode: "both", cardDirection: "en-ko", desiredRetention: 0.9, newCardsPerDay: 20, dailyGoalExp: 50, streakFreezes: 0, freezeEarnedWeek: null },
    sections,
    cards,
    reviews: reviewRows,
    attempts: attemptRows,
    rewards,
    achievements: [],
    studyDays: [...expByDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, exp]) => ({ day, exp, frozen: false })),
  };
}
