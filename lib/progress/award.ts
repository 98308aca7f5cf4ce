import { z } from "zod";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { getLesson } from "@/lib/content/lessons";
import { earnedBadgeIds, getBadges, titleOfLesson, type Stats, type TitleView } from "./achievements";
import { localDay } from "./days";
import { expForLevel, levelForExp } from "./levels";
import { rewardKinds, sourceKeys } from "./rules";
import {
  answerStats,
  badgeStats,
  learnerDays,
  learnerZone,
  ledgerTotals,
  lessonProgress,
  UnknownLearnerError,
  type Db,
  type LearnerDays,
  type LedgerTotals,
  type LessonProgress,
} from "./snapshot";
import { currentStreak, planFirstStudyOfDay } from "./streak";
import type { RewardOutcome } from "./types";

const grantSchema = z.strictObject({
  sourceKey: z.string().trim().min(1).max(200),
  kind: z.enum(rewardKinds),
  exp: z.int().min(0).max(10_000),
  points: z.int().min(0).max(10_000).default(0),
  now: z.date().optional(),
});
export type Grant = z.input<typeof grantSchema>;

export class UnknownLessonError extends Error {
  constructor(lessonId: string) {
    super(`no lesson with id "${lessonId}"`);
    this.name = "UnknownLessonError";
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Grants EXP and points once per (learner, sourceKey), in one transaction: the ledger row is inserted
 * first, so a duplicate fails on the unique key before anything else is written, and concurrent
 * duplicates are decided by the database, not by a read-then-write race. Then the study day, the streak
 * freeze bank and new badges and titles are updated. Every grant pays for this transaction (answers
 * are graded at exam pace), so it reads only what the grant's kind can change.
 */
export async function award(client: PrismaClient, learnerId: string, grant: Grant): Promise<RewardOutcome> {
  const { sourceKey, kind, exp, points, now = new Date() } = grantSchema.parse(grant);
  const learner = await client.learner.findUnique({ where: { id: learnerId }, select: { timeZone: true } });
  if (!learner) throw new UnknownLearnerError(learnerId);
  const today = localDay(now, learnerZone(learner.timeZone));
  try {
    return await client.$transaction(async (tx) => {
      await tx.rewardEvent.create({ data: { learnerId, sourceKey, kind, exp, points, day: today, createdAt: now } });
      const days = await recordStudy(tx, learnerId, today, exp);
      const ledger = await ledgerTotals(tx, learnerId);
      const lessons = kind === "lesson" || kind === "bonus" || kind === "quiz" ? await lessonProgress(tx, learnerId) : undefined;
      const answers = kind === "answer" ? await answerStats(tx, learnerId) : undefined;
      const streak = streakOf(days, today);
      const level = levelForExp(ledger.totalExp).level;
      const { newBadges, newTitles } = await storeNewAchievements(tx, learnerId, badgeStats(streak.days, level, ledger, lessons, answers), lessons, now);
      return outcome(ledger, streak, { granted: true, expGained: exp, pointsGained: points, newBadges, newTitles });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const [days, ledger] = await Promise.all([learnerDays(client, learnerId), ledgerTotals(client, learnerId)]);
    return outcome(ledger, streakOf(days, today), { granted: false, expGained: 0, pointsGained: 0, newBadges: [], newTitles: [] });
  }
}

function streakOf(learner: LearnerDays, today: string): RewardOutcome["streak"] {
  return { days: currentStreak(learner.days, today, learner.streakFreezes), freezes: learner.streakFreezes };
}

/**
 * Adds the grant's EXP to today's study day; the first study of a day may spend or earn a streak
 * freeze. Returns the learner's days and freezes as they are after the change.
 */
async function recordStudy(tx: Db, learnerId: string, today: string, exp: number): Promise<LearnerDays> {
  const learner = await learnerDays(tx, learnerId);
  const key = { learnerId_day: { learnerId, day: today } };
  const existing = learner.days.find((d) => d.day === today);
  if (existing && !existing.frozen) {
    await tx.studyDay.update({ where: key, data: { exp: { increment: exp } } });
    return { ...learner, days: learner.days.map((d) => (d === existing ? { ...d, exp: d.exp + exp } : d)) };
  }
  const lastStudyDay = learner.days.filter((d) => !d.frozen && d.day < today).at(-1)?.day ?? null;
  const plan = planFirstStudyOfDay(today, lastStudyDay, { freezes: learner.streakFreezes, freezeEarnedWeek: learner.freezeEarnedWeek });
  await tx.studyDay.upsert({ where: key, create: { learnerId, day: today, exp }, update: { exp: { increment: exp }, frozen: false } });
  if (plan.frozenDay) await tx.studyDay.create({ data: { learnerId, day: plan.frozenDay, frozen: true } });
  if (plan.freezes !== learner.streakFreezes || plan.freezeEarnedWeek !== learner.freezeEarnedWeek)
    await tx.learner.update({ where: { id: learnerId }, data: { streakFreezes: plan.freezes, freezeEarnedWeek: plan.freezeEarnedWeek } });
  const days = [
    ...learner.days.filter((d) => d.day !== today),
    { day: today, frozen: false, exp: (existing?.exp ?? 0) + exp },
    ...(plan.frozenDay ? [{ day: plan.frozenDay, frozen: true, exp: 0 }] : []),
  ];
  return { ...learner, streakFreezes: plan.freezes, freezeEarnedWeek: plan.freezeEarnedWeek, days };
}

/** Stores the badges and lesson titles the statistics earn that the learner did not have yet. */
export async function storeNewAchievements(tx: Db, learnerId: string, stats: Partial<Stats>, lessons: LessonProgress | undefined, now: Date) {
  const held = await tx.achievement.findMany({ where: { learnerId }, select: { kind: true, achievementId: true } });
  const has = (kind: string, id: string) => held.some((a) => a.kind === kind && a.achievementId === id);
  const badgeIds = new Set(earnedBadgeIds(stats).filter((id) => !has("badge", id)));
  const newBadges = getBadges().filter((b) => badgeIds.has(b.id));
  const newTitles = (lessons?.completedLessons ?? [])
    .filter((id) => !has("title", id))
    .map(titleOfLesson)
    .filter((t): t is TitleView => t !== undefined);
  const rows = [
    ...newBadges.map((b) => ({ learnerId, kind: "badge", achievementId: b.id, earnedAt: now })),
    ...newTitles.map((t) => ({ learnerId, kind: "title", achievementId: t.id, earnedAt: now })),
  ];
  if (rows.length) await tx.achievement.createMany({ data: rows });
  return { newBadges, newTitles };
}

type Gains = Pick<RewardOutcome, "granted" | "expGained" | "pointsGained" | "newBadges" | "newTitles">;

function outcome(ledger: LedgerTotals, streak: RewardOutcome["streak"], gains: Gains): RewardOutcome {
  const level = levelForExp(ledger.totalExp);
  return {
    ...gains,
    totalExp: ledger.totalExp,
    totalPoints: ledger.totalPoints,
    level: level.level,
    levelProgress: { current: level.current, needed: level.needed },
    leveledUp: gains.expGained > 0 && ledger.totalExp - gains.expGained < expForLevel(level.level),
    streak,
  };
}

/** Two grants made one after the other, reported as one moment. */
export function mergeOutcomes(first: RewardOutcome, second: RewardOutcome): RewardOutcome {
  return {
    ...second,
    granted: first.granted || second.granted,
    expGained: first.expGained + second.expGained,
    pointsGained: first.pointsGained + second.pointsGained,
    leveledUp: first.leveledUp || second.leveledUp,
    newBadges: [...first.newBadges, ...second.newBadges],
    newTitles: [...first.newTitles, ...second.newTitles],
  };
}

/**
 * A finished lesson: its EXP and title once per lesson, and its perfect-check bonus points once, the
 * first time the checks are answered perfectly (which may be on a later run through the lesson).
 */
export async function grantLessonRewards(
  client: PrismaClient,
  learnerId: string,
  lessonId: string,
  { perfect, now }: { perfect: boolean; now?: Date },
): Promise<RewardOutcome> {
  const lesson = getLesson(lessonId);
  if (!lesson) throw new UnknownLessonError(lessonId);
  const done = await award(client, learnerId, { sourceKey: sourceKeys.lesson(lessonId), kind: "lesson", exp: lesson.rewards.exp, now });
  if (!perfect) return done;
  const bonus = await award(client, learnerId, {
    sourceKey: sourceKeys.lessonPerfect(lessonId),
    kind: "bonus",
    exp: 0,
    points: lesson.rewards.perfectBonus,
    now,
  });
  return mergeOutcomes(done, bonus);
}
