import { z } from "zod";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { getLesson } from "@/lib/content/lessons";
import { earnedBadgeIds, getBadges, titleOfLesson, type TitleView } from "./achievements";
import { localDay } from "./days";
import { expForLevel } from "./levels";
import { rewardKinds, sourceKeys } from "./rules";
import { learnerZone, readSnapshot, UnknownLearnerError, type Db, type ProgressSnapshot } from "./snapshot";
import { planFirstStudyOfDay } from "./streak";
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
 * freeze bank and new badges and titles are updated.
 */
export async function award(client: PrismaClient, learnerId: string, grant: Grant): Promise<RewardOutcome> {
  const { sourceKey, kind, exp, points, now = new Date() } = grantSchema.parse(grant);
  const learner = await client.learner.findUnique({ where: { id: learnerId }, select: { timeZone: true } });
  if (!learner) throw new UnknownLearnerError(learnerId);
  const today = localDay(now, learnerZone(learner.timeZone));
  try {
    return await client.$transaction(async (tx) => {
      await tx.rewardEvent.create({ data: { learnerId, sourceKey, kind, exp, points, day: today, createdAt: now } });
      await recordStudy(tx, learnerId, today, exp);
      const snapshot = await readSnapshot(tx, learnerId, now);
      const { newBadges, newTitles } = await storeNewAchievements(tx, learnerId, snapshot, now);
      return outcome(snapshot, { granted: true, expGained: exp, pointsGained: points, newBadges, newTitles });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return outcome(await readSnapshot(client, learnerId, now), { granted: false, expGained: 0, pointsGained: 0, newBadges: [], newTitles: [] });
  }
}

/** Adds today's EXP to the study day; the first study of a day may spend or earn a streak freeze. */
async function recordStudy(tx: Db, learnerId: string, today: string, exp: number): Promise<void> {
  const key = { learnerId_day: { learnerId, day: today } };
  const existing = await tx.studyDay.findUnique({ where: key, select: { frozen: true } });
  if (existing && !existing.frozen) {
    await tx.studyDay.update({ where: key, data: { exp: { increment: exp } } });
    return;
  }
  const [learner, last] = await Promise.all([
    tx.learner.findUniqueOrThrow({ where: { id: learnerId }, select: { streakFreezes: true, freezeEarnedWeek: true } }),
    tx.studyDay.findFirst({ where: { learnerId, frozen: false, day: { lt: today } }, orderBy: { day: "desc" }, select: { day: true } }),
  ]);
  const plan = planFirstStudyOfDay(today, last?.day ?? null, { freezes: learner.streakFreezes, freezeEarnedWeek: learner.freezeEarnedWeek });
  await tx.studyDay.upsert({ where: key, create: { learnerId, day: today, exp }, update: { exp: { increment: exp }, frozen: false } });
  if (plan.frozenDay) await tx.studyDay.create({ data: { learnerId, day: plan.frozenDay, frozen: true } });
  if (plan.freezes !== learner.streakFreezes || plan.freezeEarnedWeek !== learner.freezeEarnedWeek)
    await tx.learner.update({ where: { id: learnerId }, data: { streakFreezes: plan.freezes, freezeEarnedWeek: plan.freezeEarnedWeek } });
}

/** Stores the badges and lesson titles the snapshot earns that the learner did not have yet. */
async function storeNewAchievements(tx: Db, learnerId: string, snapshot: ProgressSnapshot, now: Date) {
  const held = await tx.achievement.findMany({ where: { learnerId }, select: { kind: true, achievementId: true } });
  const has = (kind: string, id: string) => held.some((a) => a.kind === kind && a.achievementId === id);
  const badgeIds = new Set(earnedBadgeIds(snapshot.stats).filter((id) => !has("badge", id)));
  const newBadges = getBadges().filter((b) => badgeIds.has(b.id));
  const newTitles = snapshot.completedLessons
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

function outcome(snapshot: ProgressSnapshot, gains: Gains): RewardOutcome {
  const { level } = snapshot;
  return {
    ...gains,
    totalExp: snapshot.totalExp,
    totalPoints: snapshot.totalPoints,
    level: level.level,
    levelProgress: { current: level.current, needed: level.needed },
    leveledUp: gains.expGained > 0 && snapshot.totalExp - gains.expGained < expForLevel(level.level),
    streak: snapshot.streak,
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
