import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { getLessonSummaries } from "@/lib/content/lessons";
import { getQuestion, isScenarioQuestion } from "@/lib/quiz";
import type { Stats } from "./achievements";
import { isValidTimeZone, localDay } from "./days";
import { levelForExp, type LevelInfo } from "./levels";
import { topicMastery, type TopicMastery } from "./mastery";
import { lessonIdOfSourceKey, PERFECT_PREFIX, sourceKeys } from "./rules";
import { currentStreak } from "./streak";

export type Db = PrismaClient | Prisma.TransactionClient;

/** Answers further back than this do not change any topic's mastery (it looks at the last 10 per topic). */
const MASTERY_HISTORY = 2_000;

export class UnknownLearnerError extends Error {
  constructor(learnerId: string) {
    super(`no learner with id "${learnerId}"`);
    this.name = "UnknownLearnerError";
  }
}

/**
 * The learner's time zone. Settings validate it when it is written; an invalid stored value must still
 * not stop a learner from earning progress, so the day falls back to UTC rather than throwing.
 */
export function learnerZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : "UTC";
}

export interface ProgressSnapshot {
  today: string;
  totalExp: number;
  totalPoints: number;
  level: LevelInfo;
  streak: { days: number; freezes: number };
  dailyGoalExp: number;
  todayExp: number;
  stats: Stats;
  mastery: TopicMastery[];
  completedLessons: string[];
}

/** Totals, streak and badge statistics of one learner, read in a few aggregate queries. */
export async function readSnapshot(db: Db, learnerId: string, now: Date): Promise<ProgressSnapshot> {
  const learner = await db.learner.findUnique({
    where: { id: learnerId },
    select: { timeZone: true, streakFreezes: true, dailyGoalExp: true },
  });
  if (!learner) throw new UnknownLearnerError(learnerId);
  const today = localDay(now, learnerZone(learner.timeZone));

  const [byKind, keyed, correctByQuestion, answers, studyDays] = await Promise.all([
    db.rewardEvent.groupBy({ by: ["kind"], where: { learnerId }, _sum: { exp: true, points: true }, _count: { _all: true } }),
    db.rewardEvent.findMany({
      where: { learnerId, OR: [{ kind: "lesson" }, { sourceKey: { startsWith: PERFECT_PREFIX } }] },
      select: { sourceKey: true },
    }),
    db.quizAttempt.groupBy({ by: ["questionId"], where: { learnerId, correct: true }, _count: { _all: true } }),
    db.quizAttempt.findMany({
      where: { learnerId, correct: { not: null }, answeredAt: { not: null } },
      orderBy: { answeredAt: "desc" },
      take: MASTERY_HISTORY,
      select: { topic: true, correct: true, answeredAt: true },
    }),
    db.studyDay.findMany({ where: { learnerId }, select: { day: true, frozen: true, exp: true } }),
  ]);

  const totalExp = byKind.reduce((sum, k) => sum + (k._sum.exp ?? 0), 0);
  const totalPoints = byKind.reduce((sum, k) => sum + (k._sum.points ?? 0), 0);
  const level = levelForExp(totalExp);
  const completedLessons = keyed.map((k) => lessonIdOfSourceKey(k.sourceKey)).filter((id): id is string => id !== null);
  const perfectKeys = new Set(keyed.filter((k) => k.sourceKey.startsWith(PERFECT_PREFIX)).map((k) => k.sourceKey));
  const perfectLessons = getLessonSummaries().filter((l) => perfectKeys.has(sourceKeys.lessonPerfect(l.id))).length;
  const mastery = topicMastery(answers.map((a) => ({ topic: a.topic, correct: a.correct!, answeredAt: a.answeredAt! })));
  const streakDays = currentStreak(studyDays, today, learner.streakFreezes);
  const scenarioCorrect = correctByQuestion.reduce((sum, q) => {
    const question = getQuestion(q.questionId);
    return question && isScenarioQuestion(question) ? sum + q._count._all : sum;
  }, 0);

  return {
    today,
    totalExp,
    totalPoints,
    level,
    streak: { days: streakDays, freezes: learner.streakFreezes },
    dailyGoalExp: learner.dailyGoalExp,
    todayExp: studyDays.find((d) => d.day === today)?.exp ?? 0,
    mastery,
    completedLessons,
    stats: {
      lessons: completedLessons.length,
      perfectLessons,
      perfects: perfectKeys.size,
      streak: streakDays,
      reviews: byKind.find((k) => k.kind === "review")?._count._all ?? 0,
      correctAnswers: correctByQuestion.reduce((sum, q) => sum + q._count._all, 0),
      scenarioCorrect,
      level: level.level,
      topicsMastered: mastery.filter((m) => m.level === "mastered").length,
    },
  };
}
