import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { getLessonSummaries } from "@/lib/content/lessons";
import { getQuestion, isScenarioQuestion } from "@/lib/quiz";
import type { Stats } from "./achievements";
import { isValidTimeZone, localDay } from "./days";
import { levelForExp, type LevelInfo } from "./levels";
import { topicMastery, type TopicMastery } from "./mastery";
import { lessonIdOfSourceKey, PERFECT_PREFIX, sourceKeys } from "./rules";
import { currentStreak, type StudyDayRecord } from "./streak";

export type Db = PrismaClient | Prisma.TransactionClient;

/** Answers further back than this cannot change a topic's mastery (it looks at the last 10 per topic). */
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

const ledgerRow = z.object({
  totalExp: z.coerce.number(),
  totalPoints: z.coerce.number(),
  reviews: z.coerce.number(),
  perfects: z.coerce.number(),
});
export type LedgerTotals = z.infer<typeof ledgerRow>;

/** The ledger's sums and counts in one statement: award runs this on every grant, so it stays one round trip. */
export async function ledgerTotals(db: Db, learnerId: string): Promise<LedgerTotals> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT COALESCE(SUM("exp"), 0) AS "totalExp",
           COALESCE(SUM("points"), 0) AS "totalPoints",
           COALESCE(SUM(CASE WHEN "kind" = 'review' THEN 1 ELSE 0 END), 0) AS "reviews",
           COALESCE(SUM(CASE WHEN "sourceKey" LIKE ${`${PERFECT_PREFIX}%`} THEN 1 ELSE 0 END), 0) AS "perfects"
    FROM "RewardEvent" WHERE "learnerId" = ${learnerId}`;
  return ledgerRow.parse(rows[0]);
}

export interface LessonProgress {
  completedLessons: string[];
  perfectLessons: number;
}

export async function lessonProgress(db: Db, learnerId: string): Promise<LessonProgress> {
  const keyed = await db.rewardEvent.findMany({
    where: { learnerId, OR: [{ kind: "lesson" }, { sourceKey: { startsWith: sourceKeys.lessonPerfect("") } }] },
    select: { sourceKey: true },
  });
  const keys = new Set(keyed.map((k) => k.sourceKey));
  return {
    completedLessons: keyed.map((k) => lessonIdOfSourceKey(k.sourceKey)).filter((id): id is string => id !== null),
    perfectLessons: getLessonSummaries().filter((l) => keys.has(sourceKeys.lessonPerfect(l.id))).length,
  };
}

export interface AnswerStats {
  correctAnswers: number;
  scenarioCorrect: number;
  mastery: TopicMastery[];
}

export async function answerStats(db: Db, learnerId: string): Promise<AnswerStats> {
  const [correctByQuestion, answers] = await Promise.all([
    db.quizAttempt.groupBy({ by: ["questionId"], where: { learnerId, correct: true }, _count: { _all: true } }),
    db.quizAttempt.findMany({
      where: { learnerId, correct: { not: null }, answeredAt: { not: null } },
      orderBy: { answeredAt: "desc" },
      take: MASTERY_HISTORY,
      select: { topic: true, correct: true, answeredAt: true },
    }),
  ]);
  return {
    correctAnswers: correctByQuestion.reduce((sum, q) => sum + q._count._all, 0),
    scenarioCorrect: correctByQuestion.reduce((sum, q) => {
      const question = getQuestion(q.questionId);
      return question && isScenarioQuestion(question) ? sum + q._count._all : sum;
    }, 0),
    mastery: topicMastery(answers.map((a) => ({ topic: a.topic, correct: a.correct!, answeredAt: a.answeredAt! }))),
  };
}

export interface LearnerDays {
  timeZone: string;
  streakFreezes: number;
  freezeEarnedWeek: string | null;
  dailyGoalExp: number;
  days: (StudyDayRecord & { exp: number })[];
}

export async function learnerDays(db: Db, learnerId: string): Promise<LearnerDays> {
  const learner = await db.learner.findUnique({
    where: { id: learnerId },
    select: {
      timeZone: true,
      streakFreezes: true,
      freezeEarnedWeek: true,
      dailyGoalExp: true,
      studyDays: { select: { day: true, frozen: true, exp: true }, orderBy: { day: "asc" } },
    },
  });
  if (!learner) throw new UnknownLearnerError(learnerId);
  const { studyDays, ...rest } = learner;
  return { ...rest, timeZone: learnerZone(rest.timeZone), days: studyDays };
}

export interface ProgressSnapshot {
  today: string;
  timeZone: string;
  totalExp: number;
  totalPoints: number;
  level: LevelInfo;
  streak: { days: number; freezes: number };
  dailyGoalExp: number;
  todayExp: number;
  days: LearnerDays["days"];
  stats: Stats;
  mastery: TopicMastery[];
  completedLessons: string[];
}

export function combine(now: Date, learner: LearnerDays, ledger: LedgerTotals, lessons: LessonProgress, answers: AnswerStats): ProgressSnapshot {
  const today = localDay(now, learner.timeZone);
  const level = levelForExp(ledger.totalExp);
  const streakDays = currentStreak(learner.days, today, learner.streakFreezes);
  return {
    today,
    timeZone: learner.timeZone,
    totalExp: ledger.totalExp,
    totalPoints: ledger.totalPoints,
    level,
    streak: { days: streakDays, freezes: learner.streakFreezes },
    dailyGoalExp: learner.dailyGoalExp,
    todayExp: learner.days.find((d) => d.day === today)?.exp ?? 0,
    days: learner.days,
    mastery: answers.mastery,
    completedLessons: lessons.completedLessons,
    stats: badgeStats(streakDays, level.level, ledger, lessons, answers) as Stats,
  };
}

/**
 * The badge statistics that are known. A grant only re-reads the statistics its kind can change (a
 * card review cannot complete a lesson), so the rest are left out and their badges not re-evaluated.
 */
export function badgeStats(streak: number, level: number, ledger: LedgerTotals, lessons?: LessonProgress, answers?: AnswerStats): Partial<Stats> {
  return {
    streak,
    level,
    reviews: ledger.reviews,
    perfects: ledger.perfects,
    ...(lessons && { lessons: lessons.completedLessons.length, perfectLessons: lessons.perfectLessons }),
    ...(answers && {
      correctAnswers: answers.correctAnswers,
      scenarioCorrect: answers.scenarioCorrect,
      topicsMastered: answers.mastery.filter((m) => m.level === "mastered").length,
    }),
  };
}

/** Everything the dashboard and the badge rules need about one learner. */
export async function readSnapshot(db: Db, learnerId: string, now: Date): Promise<ProgressSnapshot> {
  const [learner, ledger, lessons, answers] = await Promise.all([
    learnerDays(db, learnerId),
    ledgerTotals(db, learnerId),
    lessonProgress(db, learnerId),
    answerStats(db, learnerId),
  ]);
  return combine(now, learner, ledger, lessons, answers);
}
