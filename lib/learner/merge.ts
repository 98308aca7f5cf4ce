import type { PrismaClient } from "@/lib/db/client";
import { storeNewAchievements } from "@/lib/progress/award";
import { readSnapshot, type Db } from "@/lib/progress/snapshot";
import { MAX_FREEZES } from "@/lib/progress/streak";

export class MergeRefusedError extends Error {
  constructor(reason: string) {
    super(`cannot merge: ${reason}`);
    this.name = "MergeRefusedError";
  }
}

export interface MergeSummary {
  rewards: number;
  reviews: number;
  attempts: number;
  cards: number;
  sections: number;
  achievements: number;
  studyDays: number;
}

/**
 * Moves a guest learner's progress into an account's learner and deletes the guest, in one
 * transaction. Nothing is lost or counted twice:
 * - the EXP ledger: a grant the account already has for the same source (the same lesson, section
 *   or quiz set) stays the account's; every other grant moves, so totals are the ledger's sum;
 * - review logs and quiz attempts move as they are (their ids, reward keys and idempotency keys are
 *   globally unique, so they keep working);
 * - a card reviewed on both sides keeps the side reviewed last (the account's on a tie);
 * - sections and badges keep the earlier completion; study days are the union, their EXP recomputed
 *   from the merged ledger, a day studied on either side is not a frozen day;
 * - the account's settings stay; banked streak freezes are the larger bank.
 */
export async function mergeGuestInto(client: PrismaClient, guestId: string, accountLearnerId: string, now: Date = new Date()): Promise<MergeSummary> {
  if (guestId === accountLearnerId) throw new MergeRefusedError("the same learner");
  return client.$transaction(
    async (tx) => {
      const [guest, account] = await Promise.all([
        tx.learner.findUnique({ where: { id: guestId } }),
        tx.learner.findUnique({ where: { id: accountLearnerId } }),
      ]);
      if (!guest || guest.userId !== null) throw new MergeRefusedError("no such guest learner");
      if (!account || account.userId === null) throw new MergeRefusedError("no such account learner");

      const summary: MergeSummary = {
        rewards: await tx.$executeRaw`
          UPDATE "RewardEvent" SET "learnerId" = ${accountLearnerId}
          WHERE "learnerId" = ${guestId}
            AND "sourceKey" NOT IN (SELECT "sourceKey" FROM "RewardEvent" WHERE "learnerId" = ${accountLearnerId})`,
        reviews: (await tx.reviewLog.updateMany({ where: { learnerId: guestId }, data: { learnerId: accountLearnerId } })).count,
        attempts: (await tx.quizAttempt.updateMany({ where: { learnerId: guestId }, data: { learnerId: accountLearnerId } })).count,
        cards: await mergeCards(tx, guestId, accountLearnerId),
        sections: await mergeSections(tx, guestId, accountLearnerId),
        achievements: await mergeAchievements(tx, guestId, accountLearnerId),
        studyDays: await mergeStudyDays(tx, guestId, accountLearnerId),
      };

      await tx.learner.update({
        where: { id: accountLearnerId },
        data: {
          readingMode: account.readingMode ?? guest.readingMode,
          streakFreezes: Math.min(MAX_FREEZES, Math.max(account.streakFreezes, guest.streakFreezes)),
          freezeEarnedWeek: [account.freezeEarnedWeek, guest.freezeEarnedWeek].filter((w): w is string => w !== null).sort().at(-1) ?? null,
        },
      });
      // Whatever did not move (the account's duplicates of the same source) goes with the guest.
      await tx.learner.delete({ where: { id: guestId } });

      // The merged history may earn badges neither side had (e.g. 60 + 60 reviews).
      const snapshot = await readSnapshot(tx, accountLearnerId, now);
      const earned = await storeNewAchievements(tx, accountLearnerId, snapshot.stats, { completedLessons: snapshot.completedLessons, perfectLessons: snapshot.stats.perfectLessons }, now);
      summary.achievements += earned.newBadges.length + earned.newTitles.length;
      return summary;
    },
    { timeout: 60_000 },
  );
}

async function mergeCards(tx: Db, guestId: string, accountId: string): Promise<number> {
  const [guestCards, accountCards] = await Promise.all([tx.cardState.findMany({ where: { learnerId: guestId } }), tx.cardState.findMany({ where: { learnerId: accountId } })]);
  const held = new Map(accountCards.map((c) => [c.cardId, c]));
  const reviewedAt = (c: { lastReview: Date | null }) => c.lastReview?.getTime() ?? -1;
  const moving = guestCards.filter((c) => {
    const mine = held.get(c.cardId);
    return !mine || reviewedAt(c) > reviewedAt(mine);
  });
  const replaced = moving.filter((c) => held.has(c.cardId)).map((c) => c.cardId);
  if (replaced.length) await tx.cardState.deleteMany({ where: { learnerId: accountId, cardId: { in: replaced } } });
  if (moving.length) await tx.cardState.updateMany({ where: { learnerId: guestId, cardId: { in: moving.map((c) => c.cardId) } }, data: { learnerId: accountId } });
  return moving.length;
}

async function mergeSections(tx: Db, guestId: string, accountId: string): Promise<number> {
  const [guestRows, accountRows] = await Promise.all([tx.sectionProgress.findMany({ where: { learnerId: guestId } }), tx.sectionProgress.findMany({ where: { learnerId: accountId } })]);
  const held = new Map(accountRows.map((s) => [`${s.lessonId}/${s.sectionId}`, s]));
  let moved = 0;
  for (const s of guestRows) {
    const mine = held.get(`${s.lessonId}/${s.sectionId}`);
    if (!mine) {
      await tx.sectionProgress.update({ where: { learnerId_lessonId_sectionId: { learnerId: guestId, lessonId: s.lessonId, sectionId: s.sectionId } }, data: { learnerId: accountId } });
      moved++;
    } else if (s.completedAt < mine.completedAt) {
      await tx.sectionProgress.update({ where: { learnerId_lessonId_sectionId: { learnerId: accountId, lessonId: s.lessonId, sectionId: s.sectionId } }, data: { completedAt: s.completedAt } });
    }
  }
  return moved;
}

async function mergeAchievements(tx: Db, guestId: string, accountId: string): Promise<number> {
  const [guestRows, accountRows] = await Promise.all([tx.achievement.findMany({ where: { learnerId: guestId } }), tx.achievement.findMany({ where: { learnerId: accountId } })]);
  const held = new Map(accountRows.map((a) => [`${a.kind}/${a.achievementId}`, a]));
  let moved = 0;
  for (const a of guestRows) {
    const mine = held.get(`${a.kind}/${a.achievementId}`);
    if (!mine) {
      await tx.achievement.update({ where: { learnerId_kind_achievementId: { learnerId: guestId, kind: a.kind, achievementId: a.achievementId } }, data: { learnerId: accountId } });
      moved++;
    } else if (a.earnedAt < mine.earnedAt) {
      await tx.achievement.update({ where: { learnerId_kind_achievementId: { learnerId: accountId, kind: a.kind, achievementId: a.achievementId } }, data: { earnedAt: a.earnedAt } });
    }
  }
  return moved;
}

/** Runs after the ledger moved: a day's EXP is the merged ledger's sum for that day. */
async function mergeStudyDays(tx: Db, guestId: string, accountId: string): Promise<number> {
  const rows = await tx.studyDay.findMany({ where: { learnerId: { in: [guestId, accountId] } } });
  const ledger = await tx.rewardEvent.groupBy({ by: ["day"], where: { learnerId: accountId }, _sum: { exp: true } });
  const ledgerExp = new Map(ledger.map((d) => [d.day, d._sum.exp ?? 0]));
  const merged = new Map<string, { exp: number; frozen: boolean }>();
  for (const row of rows) {
    const seen = merged.get(row.day);
    merged.set(row.day, { exp: Math.max(seen?.exp ?? 0, row.exp), frozen: (seen?.frozen ?? true) && row.frozen });
  }
  const accountDays = new Set(rows.filter((r) => r.learnerId === accountId).map((r) => r.day));
  await tx.studyDay.deleteMany({ where: { learnerId: { in: [guestId, accountId] } } });
  await tx.studyDay.createMany({
    data: [...merged].map(([day, d]) => ({ learnerId: accountId, day, frozen: d.frozen, exp: ledgerExp.get(day) ?? d.exp })),
  });
  return [...merged.keys()].filter((day) => !accountDays.has(day)).length;
}
