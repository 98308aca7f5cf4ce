import { afterEach, describe, expect, it } from "vitest";
import { ensureLearnerRow } from "@/lib/learner/store";
import { award, EXP, grantLessonRewards, sourceKeys } from "@/lib/progress";
import { progressDashboard } from "@/lib/progress/dashboard";
import { exportProgress, importProgress, ProgressImportError } from "@/lib/progress/transfer";
import { createTestDatabase, type TestDatabase } from "./test-db";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function database(): Promise<TestDatabase> {
  const tdb = await createTestDatabase();
  cleanups.push(tdb.cleanup);
  return tdb;
}

const now = new Date("2026-03-12T12:00:00Z");

/** A learner with a lesson, reviews, answers and three study days. */
async function learnerWithHistory(tdb: TestDatabase, id: string) {
  const client = tdb.client;
  await ensureLearnerRow(client, id);
  await client.learner.update({ where: { id }, data: { timeZone: "Asia/Seoul", dailyGoalExp: 40 } });
  await grantLessonRewards(client, id, "concurrency-throttling", { perfect: true, now: new Date("2026-03-10T03:00:00Z") });
  await client.sectionProgress.create({ data: { learnerId: id, lessonId: "concurrency-throttling", sectionId: "intro" } });
  for (let i = 0; i < 3; i++) {
    const reviewedAt = new Date(`2026-03-11T0${i}:00:00Z`);
    const log = await client.reviewLog.create({
      data: { learnerId: id, cardId: `card-${i}`, rating: i === 0 ? 1 : 3, state: 2, due: reviewedAt, stability: 3, difficulty: 5, elapsedDays: 2, scheduledDays: 3, learningSteps: 0, reviewedAt },
    });
    await client.cardState.create({
      data: { learnerId: id, cardId: `card-${i}`, due: reviewedAt, stability: 3, difficulty: 5, elapsedDays: 2, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: reviewedAt },
    });
    await award(client, id, { sourceKey: sourceKeys.review(log.id), kind: "review", exp: EXP.review, now: reviewedAt });
  }
  const answeredAt = new Date("2026-03-12T01:00:00Z");
  const attempt = await client.quizAttempt.create({
    data: { learnerId: id, questionId: "ct-sim-reserved-throttles", lessonId: "concurrency-throttling", topic: "reserved-concurrency", mode: "practice", seed: 7, params: "{}", idempotencyKey: `key-${id}`, answer: "{}", correct: true, result: "{}", answeredAt },
  });
  await award(client, id, { sourceKey: sourceKeys.answer(attempt.id), kind: "answer", exp: EXP.scenarioAnswer, now: answeredAt });
}

describe("export and import", () => {
  it("reproduces a learner's totals, badges and dashboard in a fresh learner, and a second import adds nothing", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "original");
    const file = JSON.parse(JSON.stringify(await exportProgress(tdb.client, "original", now))) as unknown;
    await ensureLearnerRow(tdb.client, "fresh");

    const first = await importProgress(tdb.client, "fresh", file, now);
    expect(first).toMatchObject({ rewards: 6, sections: 1, cards: 3, reviews: 3, attempts: 1 });
    const [before, after] = await Promise.all([progressDashboard(tdb.client, "original", now), progressDashboard(tdb.client, "fresh", now)]);
    expect(after.totalExp).toBe(90 + 3 * EXP.review + EXP.scenarioAnswer);
    expect({ ...after, badges: undefined, titles: undefined }).toEqual({ ...before, badges: undefined, titles: undefined });
    expect(after.badges.filter((b) => b.earnedAt).map((b) => b.id)).toEqual(before.badges.filter((b) => b.earnedAt).map((b) => b.id));
    expect(after.titles.filter((b) => b.earnedAt).map((b) => b.name.en)).toEqual(["Concurrency Controller"]);

    const counts = async () => ({
      rewards: await tdb.client.rewardEvent.count({ where: { learnerId: "fresh" } }),
      reviews: await tdb.client.reviewLog.count({ where: { learnerId: "fresh" } }),
      attempts: await tdb.client.quizAttempt.count({ where: { learnerId: "fresh" } }),
      days: await tdb.client.studyDay.count({ where: { learnerId: "fresh" } }),
      achievements: await tdb.client.achievement.count({ where: { learnerId: "fresh" } }),
    });
    const once = await counts();
    const second = await importProgress(tdb.client, "fresh", file, now);
    expect(second).toEqual({ rewards: 0, sections: 0, cards: 0, reviews: 0, attempts: 0, achievements: 0, studyDays: 0 });
    expect(await counts()).toEqual(once);
    expect((await progressDashboard(tdb.client, "fresh", now)).totalExp).toBe(after.totalExp);
  });

  it("re-importing a learner's own file into the same learner changes nothing", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const file = JSON.parse(JSON.stringify(await exportProgress(tdb.client, "a", now))) as unknown;
    const result = await importProgress(tdb.client, "a", file, now);
    expect(result).toEqual({ rewards: 0, sections: 0, cards: 0, reviews: 0, attempts: 0, achievements: 0, studyDays: 0 });
  });

  it("keeps the newer card state and merges study days without adding their EXP twice", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const file = JSON.parse(JSON.stringify(await exportProgress(tdb.client, "a", now))) as { cards: { cardId: string; reps: number; lastReview: string }[]; studyDays: { day: string; exp: number }[] };
    file.cards[0]!.reps = 9;
    file.cards[0]!.lastReview = "2026-03-20T00:00:00.000Z";
    file.cards[1]!.reps = 1;
    file.cards[1]!.lastReview = "2026-01-01T00:00:00.000Z";
    const studied = file.studyDays[0]!;
    studied.exp += 5;
    await importProgress(tdb.client, "a", file, now);
    const cards = await tdb.client.cardState.findMany({ where: { learnerId: "a" }, orderBy: { cardId: "asc" } });
    expect(cards.map((c) => c.reps)).toEqual([9, 2, 2]);
    const day = await tdb.client.studyDay.findUnique({ where: { learnerId_day: { learnerId: "a", day: studied.day } } });
    expect(day?.exp).toBe(studied.exp);
  });

  it("rejects a bad file with errors that name the field, and changes nothing", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const file = JSON.parse(JSON.stringify(await exportProgress(tdb.client, "a", now))) as { rewards: { exp: unknown }[]; version: unknown };
    file.rewards[0]!.exp = "lots";
    await expect(importProgress(tdb.client, "a", file, now)).rejects.toThrow(/rewards\[0\]\.exp/);
    await expect(importProgress(tdb.client, "a", { ...file, version: 2 }, now)).rejects.toThrow(ProgressImportError);
    await expect(importProgress(tdb.client, "a", "not an object", now)).rejects.toThrow(ProgressImportError);
    expect(await tdb.client.rewardEvent.count({ where: { learnerId: "a" } })).toBe(6);
  });
});

describe("progressDashboard", () => {
  it("shows a learner with no progress as new, with every badge locked", async () => {
    const tdb = await database();
    await ensureLearnerRow(tdb.client, "new");
    const dashboard = await progressDashboard(tdb.client, "new", now);
    expect(dashboard).toMatchObject({ isNew: true, totalExp: 0, level: { level: 1 }, streak: { days: 0 }, accuracy: [], retention: [] });
    expect(dashboard.badges.every((b) => b.earnedAt === null)).toBe(true);
    expect(await progressDashboard(tdb.client, null, now)).toMatchObject({ isNew: true, totalExp: 0 });
  });

  it("computes streak, goal, heatmap, weekly accuracy and retention in the learner's time zone", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const d = await progressDashboard(tdb.client, "a", now);
    // Seoul days: lesson 03-10, reviews 03-11, answer 03-12 (today).
    expect(d.streak.days).toBe(3);
    expect(d.dailyGoal).toEqual({ goal: 40, today: EXP.scenarioAnswer });
    const studied = d.heatmap.flat().filter((day) => day.exp > 0).map((day) => day.day);
    expect(studied).toEqual(["2026-03-10", "2026-03-11", "2026-03-12"]);
    expect(d.heatmap.flat().at(-1)?.day).toBe("2026-03-15");
    expect(d.accuracy).toEqual([{ week: "2026-03-09", hits: 1, total: 1 }]);
    expect(d.retention).toEqual([{ week: "2026-03-09", hits: 2, total: 3 }]);
    expect(d.topics[0]).toMatchObject({ topic: "reserved-concurrency", level: "attempted", answers: 1 });
    expect(d.topics.slice(1).every((t) => t.level === null)).toBe(true);
  });
});
