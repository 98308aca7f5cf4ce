import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getLesson, type Lesson } from "@/lib/content/lessons";
import { ensureLearnerRow } from "@/lib/learner/store";
import { EXP, sourceKeys } from "@/lib/progress";
import { claimLessonRewards, completeSection } from "@/lib/reading/complete";
import { getReadingMode, getStoredReadingMode, setReadingMode } from "@/lib/reading/mode";
import { getReadSections, getReadSectionsByLesson, markSectionRead, UnknownSectionError } from "@/lib/reading/sections";
import { createTestDatabase, type TestDatabase } from "./test-db";

let tdb: TestDatabase;
const learnerId = "learner-reading";

beforeEach(async () => {
  tdb = await createTestDatabase();
  await ensureLearnerRow(tdb.client, learnerId);
});
afterEach(async () => {
  await tdb.cleanup();
});

function lesson(id = "concurrency-throttling"): Lesson {
  const found = getLesson(id);
  if (!found) throw new Error(`lesson ${id} missing from content`);
  return found;
}

/** Every check question answered with the given choice rule. */
function answers(l: Lesson, pick: (correct: number) => number): Record<string, number> {
  return Object.fromEntries(l.sections.flatMap((s) => (s.check ?? []).map((q) => [q.id, pick(q.correct)])));
}

const rewardRows = (sourceKey: string) => tdb.client.rewardEvent.findMany({ where: { learnerId, sourceKey } });

describe("reading mode", () => {
  it("is stored per learner and read back, independent of the URL's language", async () => {
    await setReadingMode(tdb.client, learnerId, "ko");
    expect(await getReadingMode(tdb.client, learnerId, "en")).toBe("ko");
    await setReadingMode(tdb.client, learnerId, "both");
    expect(await getReadingMode(tdb.client, learnerId, "en")).toBe("both");
    expect(await getReadingMode(tdb.client, learnerId, "ko")).toBe("both");
  });

  it("follows the URL's language for a browser without a learner yet, and for a stored value that is not a mode", async () => {
    expect(await getReadingMode(tdb.client, null, "ko")).toBe("ko");
    await tdb.client.learner.update({ where: { id: learnerId }, data: { readingMode: "klingon" } });
    expect(await getReadingMode(tdb.client, learnerId, "en")).toBe("en");
  });

  it("reports the stored choice to the progress route, null meaning the URL's language", async () => {
    expect(await getStoredReadingMode(tdb.client, null)).toBeNull();
    expect(await getStoredReadingMode(tdb.client, learnerId)).toBeNull();
    await setReadingMode(tdb.client, learnerId, "both");
    expect(await getStoredReadingMode(tdb.client, learnerId)).toBe("both");
    await tdb.client.learner.update({ where: { id: learnerId }, data: { readingMode: "klingon" } });
    expect(await getStoredReadingMode(tdb.client, learnerId)).toBeNull();
  });

  it("refuses a value that is not a mode", async () => {
    await expect(setReadingMode(tdb.client, learnerId, "fr" as never)).rejects.toThrow();
    expect((await tdb.client.learner.findUniqueOrThrow({ where: { id: learnerId } })).readingMode).not.toBe("fr");
  });
});

describe("section completion", () => {
  it("is idempotent: marking twice keeps one row and the first completion time", async () => {
    const l = lesson();
    const first = await markSectionRead(tdb.client, learnerId, l, l.sections[0]!.id);
    const row = await tdb.client.sectionProgress.findFirstOrThrow({ where: { learnerId } });
    const second = await markSectionRead(tdb.client, learnerId, l, l.sections[0]!.id);
    expect(first).toMatchObject({ newlyRead: true, readSectionIds: [l.sections[0]!.id], lessonComplete: false });
    expect(second).toMatchObject({ newlyRead: false, readSectionIds: [l.sections[0]!.id] });
    const rows = await tdb.client.sectionProgress.findMany({ where: { learnerId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.completedAt).toEqual(row.completedAt);
  });

  it("survives concurrent duplicate marks", async () => {
    const l = lesson();
    const results = await Promise.all([1, 2, 3].map(() => markSectionRead(tdb.client, learnerId, l, l.sections[1]!.id)));
    expect(results.filter((r) => r.newlyRead)).toHaveLength(1);
    expect(await tdb.client.sectionProgress.count({ where: { learnerId } })).toBe(1);
  });

  it("refuses a section the lesson does not have", async () => {
    await expect(markSectionRead(tdb.client, learnerId, lesson(), "no-such-section")).rejects.toBeInstanceOf(UnknownSectionError);
    expect(await tdb.client.sectionProgress.count()).toBe(0);
  });

  it("lists read sections per lesson in lesson order and ignores rows of sections that no longer exist", async () => {
    const l = lesson();
    await markSectionRead(tdb.client, learnerId, l, l.sections[2]!.id);
    await markSectionRead(tdb.client, learnerId, l, l.sections[0]!.id);
    await tdb.client.sectionProgress.create({ data: { learnerId, lessonId: l.id, sectionId: "renamed-long-ago" } });
    expect(await getReadSections(tdb.client, learnerId, l)).toEqual([l.sections[0]!.id, l.sections[2]!.id]);
    const byLesson = await getReadSectionsByLesson(tdb.client, learnerId, [l, lesson("async-invocations")]);
    expect(byLesson.get(l.id)?.size).toBe(2);
    expect(byLesson.get("async-invocations")?.size).toBe(0);
    expect((await getReadSectionsByLesson(tdb.client, null, [l])).get(l.id)?.size).toBe(0);
  });

  it("grants section EXP once per section", async () => {
    const l = lesson();
    const first = await completeSection(tdb.client, learnerId, l, l.sections[0]!.id, {});
    const again = await completeSection(tdb.client, learnerId, l, l.sections[0]!.id, {});
    expect(first.outcome).toMatchObject({ granted: true, expGained: EXP.section });
    expect(again.outcome).toMatchObject({ granted: false, expGained: 0 });
    expect(await rewardRows(sourceKeys.section(l.id, l.sections[0]!.id))).toHaveLength(1);
  });
});

describe("lesson completion", () => {
  it("grants the lesson's EXP, perfect bonus and title once, when the last section is read", async () => {
    const l = lesson();
    const perfect = answers(l, (c) => c);
    let last;
    for (const [i, section] of l.sections.entries()) {
      last = await completeSection(tdb.client, learnerId, l, section.id, perfect);
      expect(last.lessonComplete).toBe(i === l.sections.length - 1);
    }
    expect(last!.outcome.expGained).toBe(EXP.section + l.rewards.exp);
    expect(last!.outcome.pointsGained).toBe(l.rewards.perfectBonus);
    expect(last!.outcome.newTitles.map((t) => t.name.en)).toContain(l.rewards.title.en);

    // reading a section again, or claiming again, pays nothing more
    const again = await completeSection(tdb.client, learnerId, l, l.sections.at(-1)!.id, perfect);
    expect(again.outcome).toMatchObject({ expGained: 0, pointsGained: 0 });
    expect(await claimLessonRewards(tdb.client, learnerId, l, perfect)).toMatchObject({ expGained: 0, pointsGained: 0 });
    expect(await rewardRows(sourceKeys.lesson(l.id))).toHaveLength(1);
    expect(await rewardRows(sourceKeys.lessonPerfect(l.id))).toHaveLength(1);
    expect(await tdb.client.achievement.count({ where: { learnerId, kind: "title" } })).toBe(1);
  });

  it("withholds the perfect bonus when a first try was wrong or a check is unanswered", async () => {
    const l = lesson("async-invocations");
    const oneWrong = answers(l, (c) => c);
    const firstId = Object.keys(oneWrong)[0]!;
    oneWrong[firstId] = (oneWrong[firstId]! + 1) % 2;
    for (const section of l.sections) await completeSection(tdb.client, learnerId, l, section.id, oneWrong);
    expect(await rewardRows(sourceKeys.lesson(l.id))).toHaveLength(1);
    expect(await rewardRows(sourceKeys.lessonPerfect(l.id))).toHaveLength(0);

    const l2 = lesson("file-systems");
    const unanswered = answers(l2, (c) => c);
    delete unanswered[Object.keys(unanswered).at(-1)!];
    for (const section of l2.sections) await completeSection(tdb.client, learnerId, l2, section.id, unanswered);
    expect(await rewardRows(sourceKeys.lessonPerfect(l2.id))).toHaveLength(0);
  });

  it("grants the perfect bonus when the last check is answered after the last section was read", async () => {
    const l = lesson("versions-aliases-env-vars");
    expect(await claimLessonRewards(tdb.client, learnerId, l, answers(l, (c) => c))).toBeNull();
    for (const section of l.sections) await completeSection(tdb.client, learnerId, l, section.id, {});
    expect(await rewardRows(sourceKeys.lessonPerfect(l.id))).toHaveLength(0);
    const claimed = await claimLessonRewards(tdb.client, learnerId, l, answers(l, (c) => c));
    expect(claimed).toMatchObject({ granted: true, expGained: 0, pointsGained: l.rewards.perfectBonus });
    expect(await rewardRows(sourceKeys.lesson(l.id))).toHaveLength(1);
  });
});
