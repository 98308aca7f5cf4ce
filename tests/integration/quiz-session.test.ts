import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/quiz-session is server-only; vitest is not a React server environment.
vi.mock("server-only", () => ({}));

const { ensureLearnerRow } = await import("@/lib/learner/store");
const { EXP } = await import("@/lib/progress");
const { getQuestion, getQuestions, gradeAnswer, isScenarioQuestion } = await import("@/lib/quiz");
const { AttemptNotFoundError, IdempotencyKeyReusedError, dailySet, questionSet, startAttempts, submit, submitExam, finishSet } = await import("@/lib/quiz-session");
const { InvalidAnswerError } = await import("@/lib/quiz");
const { createTestDatabase } = await import("./test-db");
type Tdb = Awaited<ReturnType<typeof createTestDatabase>>;
type Answer = import("@/lib/quiz").Answer;

let tdb: Tdb;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb.cleanup();
});

let learnerCount = 0;
async function newLearner(): Promise<string> {
  learnerCount += 1;
  const id = `learner-${learnerCount}`;
  await ensureLearnerRow(tdb.client, id);
  return id;
}

const scenarioNumericId = getQuestions({ type: "scenario-numeric" })[0]!.id;
const scenarioChoiceId = getQuestions({ type: "scenario-choice" })[0]!.id;
const singleId = getQuestions({ type: "single" })[0]!.id;

/** The right and a wrong answer for a stored attempt, worked out the way the grader does (test-only). */
async function answersFor(attemptId: string): Promise<{ right: Answer; wrong: Answer }> {
  const row = await tdb.client.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const question = getQuestion(row.questionId)!;
  const attempt = { seed: row.seed >>> 0, params: JSON.parse(row.params) as Record<string, number> };
  const probe: Answer =
    question.type === "scenario-numeric"
      ? { type: "scenario-numeric", value: -1 }
      : question.type === "scenario-choice"
        ? { type: "scenario-choice", optionIds: [] }
        : { type: "true-false", value: true };
  const { expected } = gradeAnswer(question, question.type === "single" ? { type: "single", optionId: "x" } : probe, attempt);
  switch (expected.type) {
    case "scenario-numeric":
      return { right: { type: "scenario-numeric", value: expected.value }, wrong: { type: "scenario-numeric", value: expected.accepted.max + 1_000 } };
    case "scenario-choice": {
      const all = keysByAttempt.get(attemptId) ?? [];
      const wrong = all.filter((k) => !expected.optionIds.includes(k));
      return { right: { type: "scenario-choice", optionIds: expected.optionIds }, wrong: { type: "scenario-choice", optionIds: wrong } };
    }
    default:
      throw new Error(`answersFor does not handle ${expected.type}`);
  }
}

/** The option keys each scenario-choice attempt showed, to build a wrong answer from. */
const keysByAttempt = new Map<string, string[]>();

async function start(learnerId: string, questionId: string) {
  const { attempts, simulateAhead } = await startAttempts(tdb.client, learnerId, { questionIds: [questionId], mode: "practice", locale: "en" });
  simulateAhead(); // as the route does after responding: grading must give the same verdicts with warm runs
  const [started] = attempts;
  if (started!.question.type === "scenario-choice") keysByAttempt.set(started!.attemptId, started!.question.options.map((o) => o.id));
  return started!;
}

describe("starting attempts", () => {
  it("stores the seed and drawn parameters and sends no answer to the browser", async () => {
    const learnerId = await newLearner();
    const started = await start(learnerId, scenarioChoiceId);
    const row = await tdb.client.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(row).toMatchObject({ learnerId, questionId: scenarioChoiceId, mode: "practice", answeredAt: null });
    expect(Object.keys(JSON.parse(row.params)).length).toBeGreaterThan(0);
    const sent = JSON.stringify(started.question);
    for (const secret of ['"correct"', '"explanation"', '"patch"', '"scenario"', '"answer"']) expect(sent).not.toContain(secret);
  });

  it("draws a different seed per attempt", async () => {
    const learnerId = await newLearner();
    const { attempts: started } = await startAttempts(tdb.client, learnerId, { questionIds: Array(10).fill(scenarioNumericId), mode: "practice", locale: "ko" });
    const rows = await tdb.client.quizAttempt.findMany({ where: { id: { in: started.map((s) => s.attemptId) } }, select: { seed: true } });
    expect(new Set(rows.map((r) => r.seed)).size).toBeGreaterThan(8);
  });
});

describe("submitting", () => {
  it("grades a scenario answer from the stored attempt and grants scenario EXP once", async () => {
    const learnerId = await newLearner();
    const started = await start(learnerId, scenarioNumericId);
    const { right } = await answersFor(started.attemptId);
    const key = randomUUID();
    const first = await submit(tdb.client, learnerId, { attemptId: started.attemptId, answer: right, idempotencyKey: key, locale: "en" });
    expect(first.result.correct).toBe(true);
    expect(first.replayed).toBe(false);
    expect(first.reward).toMatchObject({ granted: true, expGained: EXP.scenarioAnswer });
    expect(first.result.chart?.functions.length).toBeGreaterThan(0);
    expect(first.result.simulatorScenario).toMatch(/^[A-Za-z0-9_-]+$/);

    const again = await submit(tdb.client, learnerId, { attemptId: started.attemptId, answer: right, idempotencyKey: key, locale: "en" });
    expect(again).toMatchObject({ replayed: true, reward: { granted: false, totalExp: EXP.scenarioAnswer } });
    expect(again.result).toEqual(first.result);
  });

  it("keeps the first answer when the attempt is answered again with another key", async () => {
    const learnerId = await newLearner();
    const started = await start(learnerId, scenarioNumericId);
    const { right, wrong } = await answersFor(started.attemptId);
    const first = await submit(tdb.client, learnerId, { attemptId: started.attemptId, answer: wrong, idempotencyKey: randomUUID(), locale: "en" });
    expect(first.result.correct).toBe(false);
    expect(first.reward.expGained).toBe(0);
    const second = await submit(tdb.client, learnerId, { attemptId: started.attemptId, answer: right, idempotencyKey: randomUUID(), locale: "ko" });
    expect(second.replayed).toBe(true);
    expect(second.result.correct).toBe(false);
    expect(await tdb.client.rewardEvent.aggregate({ where: { learnerId }, _sum: { exp: true } })).toMatchObject({ _sum: { exp: 0 } });
  });

  it("grants EXP once under 20 concurrent duplicate submissions", async () => {
    const learnerId = await newLearner();
    const started = await start(learnerId, scenarioChoiceId);
    const { right } = await answersFor(started.attemptId);
    const key = randomUUID();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => submit(tdb.client, learnerId, { attemptId: started.attemptId, answer: right, idempotencyKey: key, locale: "en" })),
    );
    expect(outcomes.every((o) => o.result.correct)).toBe(true);
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
    expect(outcomes.filter((o) => o.reward.granted)).toHaveLength(1);
    expect(await tdb.client.rewardEvent.count({ where: { learnerId } })).toBe(1);
    expect(outcomes.at(-1)!.reward.totalExp).toBe(EXP.scenarioAnswer);
  });

  it("grants EXP once when 20 submissions with different keys race (two tabs, a double click)", async () => {
    const learnerId = await newLearner();
    const started = await start(learnerId, scenarioNumericId);
    const { right } = await answersFor(started.attemptId);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => submit(tdb.client, learnerId, { attemptId: started.attemptId, answer: right, idempotencyKey: randomUUID(), locale: "en" })),
    );
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
    expect(await tdb.client.rewardEvent.count({ where: { learnerId } })).toBe(1);
    const row = await tdb.client.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(row.correct).toBe(true);
  });

  it("refuses an idempotency key that already answered another attempt", async () => {
    const learnerId = await newLearner();
    const first = await start(learnerId, scenarioNumericId);
    const second = await start(learnerId, scenarioNumericId);
    const key = randomUUID();
    await submit(tdb.client, learnerId, { attemptId: first.attemptId, answer: (await answersFor(first.attemptId)).right, idempotencyKey: key, locale: "en" });
    await expect(
      submit(tdb.client, learnerId, { attemptId: second.attemptId, answer: (await answersFor(second.attemptId)).right, idempotencyKey: key, locale: "en" }),
    ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect((await tdb.client.quizAttempt.findUniqueOrThrow({ where: { id: second.attemptId } })).answeredAt).toBeNull();
    expect(await tdb.client.rewardEvent.count({ where: { learnerId } })).toBe(1);
  });

  it("refuses another learner's attempt without revealing it", async () => {
    const owner = await newLearner();
    const intruder = await newLearner();
    const started = await start(owner, singleId);
    const answer = { type: "single", optionId: (started.question as { options: { id: string }[] }).options[0]!.id };
    await expect(submit(tdb.client, intruder, { attemptId: started.attemptId, answer, idempotencyKey: randomUUID(), locale: "en" })).rejects.toBeInstanceOf(
      AttemptNotFoundError,
    );
    await expect(submit(tdb.client, owner, { attemptId: "no-such-attempt", answer, idempotencyKey: randomUUID(), locale: "en" })).rejects.toBeInstanceOf(
      AttemptNotFoundError,
    );
    expect((await tdb.client.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } })).answeredAt).toBeNull();
  });

  it("refuses an answer that does not fit the question and stores nothing", async () => {
    const learnerId = await newLearner();
    const started = await start(learnerId, singleId);
    for (const answer of [{ type: "single", optionId: "made-up" }, { type: "numeric", value: 3 }, "A", null]) {
      await expect(submit(tdb.client, learnerId, { attemptId: started.attemptId, answer, idempotencyKey: randomUUID(), locale: "en" })).rejects.toBeInstanceOf(
        InvalidAnswerError,
      );
    }
    expect((await tdb.client.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } })).answeredAt).toBeNull();
  });
});

describe("sets", () => {
  it("lists a question under 'review my mistakes' until it is answered right", async () => {
    const learnerId = await newLearner();
    const wrongly = await start(learnerId, scenarioNumericId);
    const { wrong } = await answersFor(wrongly.attemptId);
    await submit(tdb.client, learnerId, { attemptId: wrongly.attemptId, answer: wrong, idempotencyKey: randomUUID(), locale: "en" }, new Date("2026-01-01T10:00:00Z"));
    expect(await questionSet(tdb.client, learnerId, { kind: "mistakes" })).toEqual([scenarioNumericId]);

    const rightly = await start(learnerId, scenarioNumericId);
    const { right } = await answersFor(rightly.attemptId);
    await submit(tdb.client, learnerId, { attemptId: rightly.attemptId, answer: right, idempotencyKey: randomUUID(), locale: "en" }, new Date("2026-01-01T10:05:00Z"));
    expect(await questionSet(tdb.client, learnerId, { kind: "mistakes" })).toEqual([]);
  });

  it("gives a learner the same daily set all day in their time zone and a new one the next day", async () => {
    const learnerId = await newLearner();
    await tdb.client.learner.update({ where: { id: learnerId }, data: { timeZone: "Asia/Seoul" } });
    const morning = await questionSet(tdb.client, learnerId, { kind: "daily" }, new Date("2026-03-01T00:30:00+09:00"));
    const night = await questionSet(tdb.client, learnerId, { kind: "daily" }, new Date("2026-03-01T23:30:00+09:00"));
    const tomorrow = await questionSet(tdb.client, learnerId, { kind: "daily" }, new Date("2026-03-02T00:30:00+09:00"));
    expect(night).toEqual(morning);
    expect(tomorrow).not.toEqual(morning);
    expect(morning).toEqual(dailySet(learnerId, "2026-03-01"));
    expect(new Set(morning).size).toBe(10);
    expect(new Set(morning.map((id) => getQuestion(id)!.lesson)).size).toBeGreaterThanOrEqual(5);
  });

  it("mixes scenario questions into an exam set of 20 distinct questions", async () => {
    const ids = await questionSet(tdb.client, null, { kind: "exam" });
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    expect(ids.some((id) => isScenarioQuestion(getQuestion(id)!))).toBe(true);
  });
});

describe("exams and finished sets", () => {
  it("grades an exam at the end, counts unanswered questions as wrong, and grants nothing on a resubmission", async () => {
    const learnerId = await newLearner();
    const { attempts: started } = await startAttempts(tdb.client, learnerId, { questionIds: [scenarioNumericId, scenarioNumericId, singleId], mode: "exam", locale: "en" });
    const [a, b, c] = started.map((s) => s.attemptId) as [string, string, string];
    const rightA = (await answersFor(a)).right;
    const wrongB = (await answersFor(b)).wrong;
    const input = {
      attemptIds: [a, b, c],
      answers: [
        { attemptId: a, answer: rightA, idempotencyKey: randomUUID() },
        { attemptId: b, answer: wrongB, idempotencyKey: randomUUID() },
      ],
      locale: "ko" as const,
    };
    const outcome = await submitExam(tdb.client, learnerId, input);
    expect(outcome).toMatchObject({ correct: 1, total: 3 });
    expect(outcome.results.map((r) => r.result?.correct ?? null)).toEqual([true, false, null]);
    expect(outcome.reward).toMatchObject({ granted: true, expGained: EXP.scenarioAnswer });
    expect((await tdb.client.quizAttempt.findUniqueOrThrow({ where: { id: a } })).mode).toBe("exam");

    const again = await submitExam(tdb.client, learnerId, input);
    expect(again.correct).toBe(1);
    expect(again.reward).toBeNull();
    expect(await tdb.client.rewardEvent.aggregate({ where: { learnerId }, _sum: { exp: true } })).toMatchObject({ _sum: { exp: EXP.scenarioAnswer } });
  });

  it("records a perfect set once, from the stored verdicts", async () => {
    const learnerId = await newLearner();
    const first = await start(learnerId, scenarioNumericId);
    const second = await start(learnerId, scenarioNumericId);
    for (const attempt of [first, second]) {
      const { right } = await answersFor(attempt.attemptId);
      await submit(tdb.client, learnerId, { attemptId: attempt.attemptId, answer: right, idempotencyKey: randomUUID(), locale: "en" });
    }
    const ids = [first.attemptId, second.attemptId];
    expect(await finishSet(tdb.client, learnerId, ids)).toMatchObject({ granted: true });
    expect(await finishSet(tdb.client, learnerId, [...ids].reverse())).toMatchObject({ granted: false });
    const badges = await tdb.client.achievement.findMany({ where: { learnerId, kind: "badge" }, select: { achievementId: true } });
    expect(badges.map((b) => b.achievementId)).toEqual(expect.arrayContaining(["first-perfect", "first-scenario"]));
  });

  it("does not record a set with a wrong or unanswered attempt, nor another learner's", async () => {
    const learnerId = await newLearner();
    const answered = await start(learnerId, scenarioNumericId);
    const { wrong } = await answersFor(answered.attemptId);
    await submit(tdb.client, learnerId, { attemptId: answered.attemptId, answer: wrong, idempotencyKey: randomUUID(), locale: "en" });
    const open = await start(learnerId, singleId);
    expect(await finishSet(tdb.client, learnerId, [answered.attemptId])).toBeNull();
    expect(await finishSet(tdb.client, learnerId, [open.attemptId])).toBeNull();
    await expect(finishSet(tdb.client, await newLearner(), [answered.attemptId])).rejects.toBeInstanceOf(AttemptNotFoundError);
  });
});
