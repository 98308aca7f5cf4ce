import { afterEach, describe, expect, it } from "vitest";
import { ensureLearnerRow } from "@/lib/learner/store";
import { award, EXP, grantLessonRewards, sourceKeys } from "@/lib/progress";
import { setLearnerTimeZone } from "@/lib/learner/time-zone";
import { createTestDatabase, type TestDatabase } from "./test-db";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(timeZone = "UTC"): Promise<{ tdb: TestDatabase; learnerId: string }> {
  const tdb = await createTestDatabase();
  cleanups.push(tdb.cleanup);
  const learnerId = "learner-1";
  await ensureLearnerRow(tdb.client, learnerId);
  await tdb.client.learner.update({ where: { id: learnerId }, data: { timeZone } });
  return { tdb, learnerId };
}

describe("award", () => {
  it("grants once under 20 concurrent duplicates on a real SQLite file", async () => {
    const { tdb, learnerId } = await setup();
    const grant = { sourceKey: sourceKeys.answer("attempt-1"), kind: "answer" as const, exp: EXP.scenarioAnswer };

    const outcomes = await Promise.all(Array.from({ length: 20 }, () => award(tdb.client, learnerId, grant)));

    expect(outcomes.filter((o) => o.granted)).toHaveLength(1);
    expect(outcomes.every((o) => o.totalExp === EXP.scenarioAnswer)).toBe(true);
    expect(await tdb.client.rewardEvent.count({ where: { learnerId } })).toBe(1);
    const days = await tdb.client.studyDay.findMany({ where: { learnerId } });
    expect(days.map((d) => d.exp)).toEqual([EXP.scenarioAnswer]);
  });

  it("returns the current totals and no gains for a repeated sourceKey", async () => {
    const { tdb, learnerId } = await setup();
    await award(tdb.client, learnerId, { sourceKey: "section:a:b", kind: "section", exp: 10 });
    const again = await award(tdb.client, learnerId, { sourceKey: "section:a:b", kind: "section", exp: 10 });
    expect(again).toMatchObject({ granted: false, expGained: 0, totalExp: 10, leveledUp: false, newBadges: [], newTitles: [] });
  });

  it("rejects bad grants and unknown learners with clear errors", async () => {
    const { tdb, learnerId } = await setup();
    await expect(award(tdb.client, learnerId, { sourceKey: "", kind: "answer", exp: 10 })).rejects.toThrow(/sourceKey/);
    await expect(award(tdb.client, learnerId, { sourceKey: "x", kind: "answer", exp: -5 })).rejects.toThrow(/exp/);
    await expect(award(tdb.client, "nobody", { sourceKey: "x", kind: "answer", exp: 5 })).rejects.toThrow(/no learner/);
  });

  it("reports a level-up when a grant crosses a level threshold", async () => {
    const { tdb, learnerId } = await setup();
    const first = await award(tdb.client, learnerId, { sourceKey: "bonus:1", kind: "bonus", exp: 99 });
    expect(first).toMatchObject({ level: 1, leveledUp: false, levelProgress: { current: 99, needed: 100 } });
    const second = await award(tdb.client, learnerId, { sourceKey: "bonus:2", kind: "bonus", exp: 1 });
    expect(second).toMatchObject({ level: 2, leveledUp: true, levelProgress: { current: 0, needed: 183 } });
  });

  it("counts the day in the learner's time zone", async () => {
    const { tdb, learnerId } = await setup("Asia/Seoul");
    await award(tdb.client, learnerId, { sourceKey: "a", kind: "review", exp: 2, now: new Date("2026-03-10T14:59:00Z") });
    await award(tdb.client, learnerId, { sourceKey: "b", kind: "review", exp: 2, now: new Date("2026-03-10T15:01:00Z") });
    const days = await tdb.client.studyDay.findMany({ where: { learnerId }, orderBy: { day: "asc" } });
    expect(days.map((d) => d.day)).toEqual(["2026-03-10", "2026-03-11"]);
    const events = await tdb.client.rewardEvent.findMany({ where: { learnerId }, orderBy: { sourceKey: "asc" } });
    expect(events.map((e) => e.day)).toEqual(["2026-03-10", "2026-03-11"]);
  });

  it("earns one freeze per week and spends it on a single missed day", async () => {
    const { tdb, learnerId } = await setup();
    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    // Mon 2026-03-09 and Tue 03-10 studied (one freeze earned in W11), Wed 03-11 missed, Thu 03-12 studied.
    await award(tdb.client, learnerId, { sourceKey: "d1", kind: "review", exp: 2, now: at("2026-03-09") });
    const tuesday = await award(tdb.client, learnerId, { sourceKey: "d2", kind: "review", exp: 2, now: at("2026-03-10") });
    expect(tuesday.streak).toEqual({ days: 2, freezes: 1 });
    const thursday = await award(tdb.client, learnerId, { sourceKey: "d3", kind: "review", exp: 2, now: at("2026-03-12") });
    expect(thursday.streak).toEqual({ days: 3, freezes: 0 });
    const frozen = await tdb.client.studyDay.findUnique({ where: { learnerId_day: { learnerId, day: "2026-03-11" } } });
    expect(frozen?.frozen).toBe(true);
  });
});

describe("grantLessonRewards", () => {
  it("grants the lesson's EXP and title once and the perfect bonus once", async () => {
    const { tdb, learnerId } = await setup();
    const first = await grantLessonRewards(tdb.client, learnerId, "concurrency-throttling", { perfect: false });
    expect(first).toMatchObject({ granted: true, expGained: 90, pointsGained: 0, totalExp: 90 });
    expect(first.newTitles.map((t) => t.name.en)).toEqual(["Concurrency Controller"]);
    expect(first.newBadges.map((b) => b.id)).toEqual(["first-lesson"]);

    const perfect = await grantLessonRewards(tdb.client, learnerId, "concurrency-throttling", { perfect: true });
    expect(perfect).toMatchObject({ granted: true, expGained: 0, pointsGained: 3, totalExp: 90, totalPoints: 3, newTitles: [] });
    expect(perfect.newBadges.map((b) => b.id)).toEqual(["first-perfect"]);

    const again = await grantLessonRewards(tdb.client, learnerId, "concurrency-throttling", { perfect: true });
    expect(again).toMatchObject({ granted: false, expGained: 0, pointsGained: 0, totalExp: 90, totalPoints: 3 });
    expect(await tdb.client.achievement.count({ where: { learnerId } })).toBe(3);
  });

  it("rejects an unknown lesson", async () => {
    const { tdb, learnerId } = await setup();
    await expect(grantLessonRewards(tdb.client, learnerId, "no-such-lesson", { perfect: true })).rejects.toThrow(/no lesson/);
  });
});

describe("setLearnerTimeZone", () => {
  it("stores a valid IANA zone, after which days are counted in it", async () => {
    const { tdb, learnerId } = await setup();
    await setLearnerTimeZone(tdb.client, learnerId, "Asia/Seoul");
    await award(tdb.client, learnerId, { sourceKey: "late", kind: "review", exp: 2, now: new Date("2026-03-10T15:30:00Z") });
    expect((await tdb.client.rewardEvent.findFirstOrThrow({ where: { learnerId } })).day).toBe("2026-03-11");
  });
});
