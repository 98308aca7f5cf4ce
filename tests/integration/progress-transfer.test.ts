import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

// lib/quiz-session is server-only; vitest is not a React server environment.
vi.mock("server-only", () => ({}));

const { getCards } = await import("@/lib/content/cards");
const { ensureLearnerRow } = await import("@/lib/learner/store");
const { award, EXP, grantLessonRewards, sourceKeys } = await import("@/lib/progress");
const { progressDashboard } = await import("@/lib/progress/dashboard");
const { exportProgress, importProgress, IMPORT_LIMITS, ProgressImportError } = await import("@/lib/progress/transfer");
const { getQuestion, getQuestions, gradeAnswer, InvalidAttemptError } = await import("@/lib/quiz");
const { CorruptAttemptError, startAttempts, submit } = await import("@/lib/quiz-session");
const { CorruptCardStateError, getReviewQueue, rateCard, undoReview } = await import("@/lib/srs");
const { errorResponse } = await import("@/app/api/quiz/responses");
const { createTestDatabase } = await import("./test-db");
const { buildProgressFile } = await import("./progress-file");
type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
type Answer = import("@/lib/quiz").Answer;

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
const LESSON = "concurrency-throttling";
const cards = getCards().slice(0, 3);
const trueFalseId = getQuestions({ type: "true-false" })[0]!.id;
const scenarioNumericId = getQuestions({ type: "scenario-numeric" })[0]!.id;

/** Starts an attempt and answers it right, the way the quiz pages do. */
async function answerRight(tdb: TestDatabase, learnerId: string, questionId: string, at: Date) {
  const { attempts } = await startAttempts(tdb.client, learnerId, { questionIds: [questionId], mode: "practice", locale: "en" });
  const attemptId = attempts[0]!.attemptId;
  // startAttempts stamps the real clock; the history is set in March 2026, shown a minute before the answer.
  await tdb.client.quizAttempt.update({ where: { id: attemptId }, data: { createdAt: new Date(at.getTime() - 60_000) } });
  const row = await tdb.client.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const question = getQuestion(questionId)!;
  const attempt = { seed: row.seed >>> 0, params: JSON.parse(row.params) as Record<string, number> };
  const probe: Answer = question.type === "true-false" ? { type: "true-false", value: true } : { type: "scenario-numeric", value: -1 };
  const { expected } = gradeAnswer(question, probe, attempt);
  const right: Answer =
    expected.type === "true-false" ? { type: "true-false", value: expected.value } : { type: "scenario-numeric", value: (expected as { value: number }).value };
  await submit(tdb.client, learnerId, { attemptId, answer: right, idempotencyKey: randomUUID(), locale: "en" }, at);
  return attemptId;
}

/** A learner with a lesson, a section, four ratings (one of a card rated before), two right answers and three study days. */
async function learnerWithHistory(tdb: TestDatabase, id: string) {
  const client = tdb.client;
  await ensureLearnerRow(client, id);
  await client.learner.update({ where: { id }, data: { timeZone: "Asia/Seoul", dailyGoalExp: 40 } });
  const lessonDay = new Date("2026-03-10T03:00:00Z");
  await grantLessonRewards(client, id, LESSON, { perfect: true, now: lessonDay });
  await client.sectionProgress.create({ data: { learnerId: id, lessonId: LESSON, sectionId: "what-is-concurrency", completedAt: lessonDay } });
  await award(client, id, { sourceKey: sourceKeys.section(LESSON, "what-is-concurrency"), kind: "section", exp: EXP.section, now: lessonDay });
  for (const [i, card] of cards.entries()) {
    await rateCard(client, id, { cardId: card.id, rating: i === 0 ? 1 : 3, expectedReps: 0 }, new Date(`2026-03-11T0${i}:00:00Z`));
  }
  await rateCard(client, id, { cardId: cards[0]!.id, rating: 3, expectedReps: 1 }, new Date("2026-03-11T05:00:00Z"));
  await answerRight(tdb, id, trueFalseId, new Date("2026-03-12T01:00:00Z"));
  await answerRight(tdb, id, scenarioNumericId, new Date("2026-03-12T01:05:00Z"));
}

/** The file as the browser would upload it: plain JSON. */
async function exported(tdb: TestDatabase, learnerId: string) {
  return JSON.parse(JSON.stringify(await exportProgress(tdb.client, learnerId, now))) as Record<string, unknown> & {
    rewards: { sourceKey: string; kind: string; exp: number; points: number; day: string; createdAt: string }[];
    studyDays: { day: string; exp: number; frozen: boolean }[];
    cards: Record<string, unknown>[];
    reviews: Record<string, unknown>[];
    attempts: Record<string, unknown>[];
    achievements: { kind: string; achievementId: string; earnedAt: string }[];
    sections: Record<string, unknown>[];
  };
}

async function rowCounts(tdb: TestDatabase, learnerId: string) {
  const where = { learnerId };
  return {
    rewards: await tdb.client.rewardEvent.count({ where }),
    reviews: await tdb.client.reviewLog.count({ where }),
    attempts: await tdb.client.quizAttempt.count({ where }),
    cards: await tdb.client.cardState.count({ where }),
    days: await tdb.client.studyDay.count({ where }),
    achievements: await tdb.client.achievement.count({ where }),
  };
}

async function problemsOf(promise: Promise<unknown>): Promise<readonly string[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProgressImportError);
  return (error as InstanceType<typeof ProgressImportError>).problems;
}

const emptyFile = (file: Awaited<ReturnType<typeof exported>>) => ({ ...file, sections: [], cards: [], reviews: [], attempts: [], rewards: [], achievements: [], studyDays: [] });

describe("export and import", () => {
  it("round-trips a learner exactly into another database", async () => {
    const source = await database();
    await learnerWithHistory(source, "original");
    const file = await exported(source, "original");
    const target = await database();
    await ensureLearnerRow(target.client, "original");
    await importProgress(target.client, "original", file, now);
    expect(await exported(target, "original")).toEqual(file);
    expect(await progressDashboard(target.client, "original", now)).toEqual(await progressDashboard(source.client, "original", now));
  });

  it("reproduces a learner's totals, badges and dashboard in a fresh learner, and a second import adds nothing", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "original");
    const file = await exported(tdb, "original");
    await ensureLearnerRow(tdb.client, "fresh");

    const first = await importProgress(tdb.client, "fresh", file, now);
    expect(first).toMatchObject({ rewards: file.rewards.length, sections: 1, cards: 3, reviews: 4, attempts: 2 });
    const [before, after] = await Promise.all([progressDashboard(tdb.client, "original", now), progressDashboard(tdb.client, "fresh", now)]);
    expect(after.totalExp).toBe(90 + EXP.section + 4 * EXP.review + EXP.answer + EXP.scenarioAnswer);
    expect({ ...after, badges: undefined, titles: undefined }).toEqual({ ...before, badges: undefined, titles: undefined });
    expect(after.badges.filter((b) => b.earnedAt).map((b) => b.id)).toEqual(before.badges.filter((b) => b.earnedAt).map((b) => b.id));
    expect(after.titles.filter((b) => b.earnedAt).map((b) => b.name.en)).toEqual(["Concurrency Controller"]);

    const once = await rowCounts(tdb, "fresh");
    const second = await importProgress(tdb.client, "fresh", file, now);
    expect(second).toEqual({ rewards: 0, sections: 0, cards: 0, reviews: 0, attempts: 0, achievements: 0, studyDays: 0 });
    expect(await rowCounts(tdb, "fresh")).toEqual(once);
    expect((await progressDashboard(tdb.client, "fresh", now)).totalExp).toBe(after.totalExp);
  });

  it("re-importing a learner's own file into the same learner changes nothing", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const result = await importProgress(tdb.client, "a", await exported(tdb, "a"), now);
    expect(result).toEqual({ rewards: 0, sections: 0, cards: 0, reviews: 0, attempts: 0, achievements: 0, studyDays: 0 });
  });

  it("keeps the newer card state, and recomputes a study day's EXP from its rewards", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const file = await exported(tdb, "a");
    file.cards[0]!.reps = 9;
    file.cards[0]!.lastReview = "2026-03-11T20:00:00.000Z";
    file.cards[0]!.due = "2026-03-13T20:00:00.000Z";
    file.cards[1]!.reps = 7;
    file.cards[1]!.lastReview = "2026-01-01T00:00:00.000Z";
    file.cards[1]!.due = "2026-01-02T00:00:00.000Z";
    const studied = file.studyDays[0]!;
    const held = studied.exp;
    studied.exp += 5_000;
    await importProgress(tdb.client, "a", file, now);
    const rows = await tdb.client.cardState.findMany({ where: { learnerId: "a" }, orderBy: { cardId: "asc" } });
    expect(rows.find((c) => c.cardId === file.cards[0]!.cardId)?.reps).toBe(9);
    expect(rows.find((c) => c.cardId === file.cards[1]!.cardId)?.reps).toBe(1);
    const day = await tdb.client.studyDay.findUnique({ where: { learnerId_day: { learnerId: "a", day: studied.day } } });
    expect(day?.exp).toBe(held);
  });
});

describe("the largest file the limits allow", () => {
  it("imports every row, with the EXP the rules grant and each day's EXP from its rewards", async () => {
    const tdb = await database();
    await ensureLearnerRow(tdb.client, "big");
    const file = buildProgressFile({ reviews: IMPORT_LIMITS.reviews, attempts: IMPORT_LIMITS.attempts, days: IMPORT_LIMITS.studyDays, now });
    const summary = await importProgress(tdb.client, "big", file, now);
    expect(summary).toMatchObject({ reviews: IMPORT_LIMITS.reviews, attempts: IMPORT_LIMITS.attempts, rewards: file.rewards.length, studyDays: IMPORT_LIMITS.studyDays });
    const total = file.rewards.reduce((sum, r) => sum + r.exp, 0);
    expect((await progressDashboard(tdb.client, "big", now)).totalExp).toBe(total);
    const days = await tdb.client.studyDay.aggregate({ where: { learnerId: "big" }, _sum: { exp: true } });
    expect(days._sum.exp).toBe(total);
  }, 60_000);
});

describe("an import restores only what the app could have written", () => {
  it("refuses the attack files (10,000 rewards of 2,147,483,647 EXP; EXP set to 1,000,000,010) with the reason, and changes nothing", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const before = await rowCounts(tdb, "a");
    const file = await exported(tdb, "a");
    const day = file.studyDays.at(-1)!.day;
    const forged = (i: number) => ({ sourceKey: sourceKeys.review(`forged${i}`), kind: "review", exp: 2_147_483_647, points: 0, day, createdAt: `${day}T01:00:00.000Z` });
    const flood = { ...file, rewards: Array.from({ length: 10_000 }, (_, i) => forged(i)) };
    expect(await problemsOf(importProgress(tdb.client, "a", flood, now))).toEqual([`rewards: more than ${IMPORT_LIMITS.rewards} rows (10000)`]);

    const few = { ...file, rewards: [...file.rewards, forged(0)], studyDays: file.studyDays.map((d) => (d.day === day ? { ...d, exp: 1_000_000_010 } : d)) };
    const problems = await problemsOf(importProgress(tdb.client, "a", few, now));
    expect(problems).toContain(`rewards[${file.rewards.length}].exp: Too big: expected number to be <=10000`);
    expect(problems).toContain(`studyDays[${file.studyDays.length - 1}].exp: Too big: expected number to be <=${IMPORT_LIMITS.rewards * 10_000}`);
    expect(await rowCounts(tdb, "a")).toEqual(before);
    expect((await progressDashboard(tdb.client, "a", now)).totalExp).toBe(90 + EXP.section + 4 * EXP.review + EXP.answer + EXP.scenarioAnswer);
  });

  it("refuses rewards no rule grants, even with a small EXP", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const file = await exported(tdb, "a");
    const day = file.rewards[0]!.day;
    const forged = { ...file, rewards: [...file.rewards, { sourceKey: "bonus:free", kind: "bonus", exp: 10, points: 0, day, createdAt: file.rewards[0]!.createdAt }] };
    expect(await problemsOf(importProgress(tdb.client, "a", forged, now))).toEqual([`rewards[${file.rewards.length}].sourceKey: "bonus:free" is not a reward this app grants`]);
    const answerOfNothing = { ...file, rewards: [...file.rewards, { sourceKey: "answer:nope", kind: "answer", exp: 15, points: 0, day, createdAt: file.rewards[0]!.createdAt }] };
    expect(await problemsOf(importProgress(tdb.client, "a", answerOfNothing, now))).toEqual([`rewards[${file.rewards.length}].sourceKey: "answer:nope" names an attempt that is not in the file`]);
  });

  it("recomputes forged EXP and points within the bounds from the reward rules", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "original");
    const file = await exported(tdb, "original");
    const expected = (await progressDashboard(tdb.client, "original", now)).totalExp;
    for (const reward of file.rewards) {
      reward.exp = 9_999;
      reward.points = 9_999;
    }
    for (const d of file.studyDays) d.exp = 1_000_000;
    await ensureLearnerRow(tdb.client, "fresh");
    await importProgress(tdb.client, "fresh", file, now);
    const dashboard = await progressDashboard(tdb.client, "fresh", now);
    expect(dashboard.totalExp).toBe(expected);
    expect(dashboard.totalPoints).toBe((await progressDashboard(tdb.client, "original", now)).totalPoints);
    expect(dashboard.level).toEqual((await progressDashboard(tdb.client, "original", now)).level);
    const days = await tdb.client.studyDay.findMany({ where: { learnerId: "fresh" } });
    expect(days.reduce((sum, d) => sum + d.exp, 0)).toBe(expected);
  });

  it("refuses unknown question, card, lesson and badge ids with the field path", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const file = await exported(tdb, "a");
    const change = (edit: (f: typeof file) => void) => {
      const copy = structuredClone(file);
      edit(copy);
      return importProgress(tdb.client, "a", copy, now);
    };
    expect(await problemsOf(change((f) => (f.attempts[0]!.questionId = "no-such-question")))).toEqual(
      expect.arrayContaining(['attempts[0].questionId: no question "no-such-question"']),
    );
    expect(await problemsOf(change((f) => (f.cards[0]!.cardId = "no-such-card")))).toEqual(['cards[0].cardId: no card "no-such-card"']);
    expect(await problemsOf(change((f) => (f.reviews[0]!.cardId = "no-such-card")))).toEqual(['reviews[0].cardId: no card "no-such-card"']);
    expect(await problemsOf(change((f) => (f.sections[0]!.lessonId = "no-such-lesson")))).toEqual(['sections[0]: no section "what-is-concurrency" in lesson "no-such-lesson"']);
    const lessonReward = file.rewards.findIndex((r) => r.kind === "lesson");
    expect(await problemsOf(change((f) => (f.rewards[lessonReward]!.sourceKey = "lesson:no-such-lesson")))).toContain(`rewards[${lessonReward}].sourceKey: "lesson:no-such-lesson" names an unknown lesson`);
    const badge = (id: string) => change((f) => f.achievements.push({ kind: "badge", achievementId: id, earnedAt: "2026-03-11T00:00:00.000Z" }));
    expect(await problemsOf(badge("no-such-badge"))).toEqual([`achievements[${file.achievements.length}].achievementId: no badge "no-such-badge"`]);
    expect(await problemsOf(badge("reviews-500"))).toEqual([`achievements[${file.achievements.length}]: badge "reviews-500" is not earned by the file's history`]);
  });

  it("refuses malformed stored results and card states with the field path", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const file = await exported(tdb, "a");
    const change = (edit: (f: typeof file) => void) => {
      const copy = structuredClone(file);
      edit(copy);
      return importProgress(tdb.client, "a", copy, now);
    };
    expect(await problemsOf(change((f) => (f.attempts[0]!.result = "not json")))).toEqual(["attempts[0].result: not valid JSON"]);
    expect(await problemsOf(change((f) => (f.attempts[0]!.result = JSON.stringify({ questionId: trueFalseId, correct: true }))))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^attempts\[0\]\.result\.expected: /)]),
    );
    expect(await problemsOf(change((f) => (f.attempts[0]!.params = '{"x": 1}')))).toEqual([expect.stringMatching(/^attempts\[0\]\.params: unknown parameter "x"/)]);
    // A wrong answer marked right: the grader's verdict decides, not the file's.
    expect(
      await problemsOf(
        change((f) => {
          const result = JSON.parse(f.attempts[0]!.result as string) as { given: { value: boolean } };
          result.given.value = !result.given.value;
          f.attempts[0]!.result = JSON.stringify(result);
          f.attempts[0]!.answer = JSON.stringify(result.given);
        }),
      ),
    ).toEqual(["attempts[0].correct: the grader gives the other verdict for this answer"]);
    expect(await problemsOf(change((f) => (f.cards[0]!.stability = -1e308)))).toEqual(["cards[0].stability: Too small: expected number to be >=0"]);
    expect(await problemsOf(change((f) => (f.cards[0]!.difficulty = 1e308)))).toEqual(["cards[0].difficulty: Too big: expected number to be <=10"]);
    const rerated = file.reviews.findIndex((r) => r.previousState !== null);
    expect(await problemsOf(change((f) => (f.reviews[rerated]!.previousState = '{"stability": -1e308}')))).toEqual(
      expect.arrayContaining([`reviews[${rerated}].previousState.stability: Too small: expected number to be >=0`]),
    );
  });

  it("refuses lists over their bounds before looking at a single row", async () => {
    const tdb = await database();
    await ensureLearnerRow(tdb.client, "a");
    const file = emptyFile(await exported(tdb, "a"));
    const junk = { id: "x" };
    for (const list of ["reviews", "attempts", "rewards", "studyDays"] as const) {
      const huge = { ...file, [list]: Array.from({ length: IMPORT_LIMITS[list] + 1 }, () => junk) };
      const problems = await problemsOf(importProgress(tdb.client, "a", huge, now));
      expect(problems).toEqual([`${list}: more than ${IMPORT_LIMITS[list]} rows (${IMPORT_LIMITS[list] + 1})`]);
    }
  });

  it("refuses study days and freezes without the study behind them, and events from the future", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const file = await exported(tdb, "a");
    expect(await problemsOf(importProgress(tdb.client, "a", { ...file, studyDays: [...file.studyDays, { day: "2026-02-01", exp: 0, frozen: false }] }, now))).toEqual([
      `studyDays[${file.studyDays.length}]: a study day without any reward on 2026-02-01`,
    ]);
    expect(await problemsOf(importProgress(tdb.client, "a", { ...file, studyDays: [...file.studyDays, { day: "2026-02-01", exp: 0, frozen: true }] }, now))).toEqual([
      `studyDays[${file.studyDays.length}]: a freeze covers one missed day between two study days`,
    ]);
    const future = structuredClone(file);
    future.reviews[0]!.reviewedAt = "2026-04-01T00:00:00.000Z";
    expect(await problemsOf(importProgress(tdb.client, "a", future, now))).toEqual(["reviews[0].reviewedAt: 2026-04-01T00:00:00.000Z is in the future"]);
  });
});

describe("readers of stored rows answer a typed error for a damaged row", () => {
  it("grading an attempt whose stored parameters or result are damaged is a CorruptAttemptError, which the route answers 409", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const answered = await tdb.client.quizAttempt.findFirstOrThrow({ where: { learnerId: "a", questionId: trueFalseId } });
    await tdb.client.quizAttempt.update({ where: { id: answered.id }, data: { result: "not json" } });
    const replay = submit(tdb.client, "a", { attemptId: answered.id, answer: { type: "true-false", value: true }, idempotencyKey: randomUUID(), locale: "en" }, now);
    const error = await replay.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptAttemptError);
    expect(error).toBeInstanceOf(InvalidAttemptError);
    expect((error as InstanceType<typeof CorruptAttemptError>).problems).toEqual(["result: not valid JSON"]);
    expect(errorResponse(error).status).toBe(409);

    const { attempts } = await startAttempts(tdb.client, "a", { questionIds: [trueFalseId], mode: "practice", locale: "en" });
    await tdb.client.quizAttempt.update({ where: { id: attempts[0]!.attemptId }, data: { params: "not json" } });
    const fresh = await submit(tdb.client, "a", { attemptId: attempts[0]!.attemptId, answer: { type: "true-false", value: true }, idempotencyKey: randomUUID(), locale: "en" }, now).catch(
      (e: unknown) => e,
    );
    expect(fresh).toBeInstanceOf(CorruptAttemptError);
    expect(errorResponse(fresh).status).toBe(409);
    expect(await tdb.client.rewardEvent.count({ where: { learnerId: "a", sourceKey: sourceKeys.answer(attempts[0]!.attemptId) } })).toBe(0);
  });

  it("rating, queueing or undoing a card with a damaged state is a CorruptCardStateError naming the card and field", async () => {
    const tdb = await database();
    await learnerWithHistory(tdb, "a");
    const card = cards[1]!;
    await tdb.client.cardState.update({ where: { learnerId_cardId: { learnerId: "a", cardId: card.id } }, data: { stability: -1e308 } });
    const rated = await rateCard(tdb.client, "a", { cardId: card.id, rating: 3, expectedReps: 1 }, now).catch((e: unknown) => e);
    expect(rated).toBeInstanceOf(CorruptCardStateError);
    expect((rated as InstanceType<typeof CorruptCardStateError>).cardId).toBe(card.id);
    expect((rated as InstanceType<typeof CorruptCardStateError>).problems).toEqual(["card.stability: Too small: expected number to be >=0"]);
    await expect(getReviewQueue(tdb.client, "a", now)).rejects.toThrow(CorruptCardStateError);

    const log = await tdb.client.reviewLog.findFirstOrThrow({ where: { learnerId: "a", cardId: cards[0]!.id, previousState: { not: null } } });
    await tdb.client.reviewLog.update({ where: { id: log.id }, data: { previousState: "not json" } });
    await expect(undoReview(tdb.client, "a", { reviewLogId: log.id }, now)).rejects.toThrow(/previousState: not valid JSON/);
    expect(await tdb.client.reviewLog.count({ where: { id: log.id } })).toBe(1);
  });
});
