import { describe, expect, it } from "vitest";
import { InvalidAnswerError } from "./answers";
import { getQuestion, getQuestions } from "./bank";
import { evaluateExpr } from "./expr";
import { acceptedRange, gradeAnswer, withinRange } from "./grade";
import { drawParameters, InvalidAttemptError } from "./instantiate";
import { publicKey } from "./keys";
import { questionSchema, type Question } from "./schema";

const attemptFor = (q: Question, seed = 9) => ({ seed, params: drawParameters(q, seed) });
/** Answers name options by the attempt's public keys. */
const keys = (q: Question, ids: readonly string[], seed = 9) => ids.map((id) => publicKey(q, seed, id));

describe("tolerance", () => {
  it("takes the more lenient of the absolute and relative tolerance", () => {
    expect(acceptedRange(100, {})).toEqual({ min: 100, max: 100 });
    expect(acceptedRange(100, { absolute: 3 })).toEqual({ min: 97, max: 103 });
    expect(acceptedRange(100, { relative: 0.05 })).toEqual({ min: 95, max: 105 });
    expect(acceptedRange(100, { absolute: 10, relative: 0.05 })).toEqual({ min: 90, max: 110 });
    expect(acceptedRange(0, { relative: 0.5 })).toEqual({ min: 0, max: 0 });
  });

  it("includes its edges and nothing beyond them", () => {
    const range = acceptedRange(4800, { relative: 0.03 });
    expect(withinRange(4656, range)).toBe(true);
    expect(withinRange(4944, range)).toBe(true);
    expect(withinRange(4655.99, range)).toBe(false);
    expect(withinRange(4944.01, range)).toBe(false);
    // floating-point noise at the edge does not flip the result
    expect(withinRange(0.1 + 0.2, { min: 0.3, max: 0.3 })).toBe(true);
  });
});

describe("static questions of the bank", () => {
  it("single: the correct option is right, every other option is wrong, every option explained", () => {
    for (const q of getQuestions({ type: "single" })) {
      if (q.type !== "single") continue;
      const attempt = attemptFor(q);
      for (const option of q.options) {
        const key = publicKey(q, attempt.seed, option.id);
        const result = gradeAnswer(q, { type: "single", optionId: key }, attempt);
        expect(result.correct, `${q.id} ${option.id}`).toBe(option.correct);
        expect(result.given).toEqual({ type: "single", optionId: key });
        if (result.evidence.type !== "single") throw new Error("evidence type");
        expect(result.evidence.options.find((o) => o.id === key)).toMatchObject({ chosen: true, explanation: option.explanation });
        expect(result.expected).toEqual({ type: "single", optionId: publicKey(q, attempt.seed, q.options.find((o) => o.correct)!.id) });
      }
    }
  });

  it("multi: exactly the correct set is right; a subset or superset is wrong", () => {
    for (const q of getQuestions({ type: "multi" })) {
      if (q.type !== "multi") continue;
      const attempt = attemptFor(q);
      const right = keys(q, q.options.filter((o) => o.correct).map((o) => o.id));
      const wrong = keys(q, [q.options.find((o) => !o.correct)!.id])[0]!;
      expect(gradeAnswer(q, { type: "multi", optionIds: [...right].reverse() }, attempt).correct, q.id).toBe(true);
      expect(gradeAnswer(q, { type: "multi", optionIds: right.slice(1) }, attempt).correct, q.id).toBe(false);
      expect(gradeAnswer(q, { type: "multi", optionIds: [...right, wrong] }, attempt).correct, q.id).toBe(false);
      expect(gradeAnswer(q, { type: "multi", optionIds: [...right.slice(1), wrong] }, attempt).correct, q.id).toBe(false);
    }
  });

  it("true-false: only the stored truth value is right", () => {
    for (const q of getQuestions({ type: "true-false" })) {
      if (q.type !== "true-false") continue;
      expect(gradeAnswer(q, { type: "true-false", value: q.answer }, attemptFor(q)).correct).toBe(true);
      expect(gradeAnswer(q, { type: "true-false", value: !q.answer }, attemptFor(q)).correct).toBe(false);
    }
  });

  it("numeric: the value computed from facts and the attempt's parameters is right, a neighbour is not", () => {
    for (const q of getQuestions({ type: "numeric" })) {
      if (q.type !== "numeric") continue;
      for (const seed of [1, 2, 3]) {
        const attempt = attemptFor(q, seed);
        const expected = evaluateExpr(q.answer, attempt.params);
        const range = acceptedRange(expected, q.tolerance);
        const result = gradeAnswer(q, { type: "numeric", value: expected }, attempt);
        expect(result.correct, q.id).toBe(true);
        expect(result.expected).toMatchObject({ type: "numeric", value: expected, unit: q.unit });
        expect(gradeAnswer(q, { type: "numeric", value: range.max + 1 }, attempt).correct, q.id).toBe(false);
        expect(gradeAnswer(q, { type: "numeric", value: range.min - 1 }, attempt).correct, q.id).toBe(false);
      }
    }
  });

  it("numeric questions with parameters give answers that follow the draw", () => {
    const q = getQuestion("ct-max-total-reserved")!;
    const result = gradeAnswer(q, { type: "numeric", value: 2900 }, { seed: 0, params: { quota: 3000 } });
    expect(result.correct).toBe(true);
    expect(gradeAnswer(q, { type: "numeric", value: 3000 }, { seed: 0, params: { quota: 3000 } }).correct).toBe(false);
  });

  it("ordering: only the stored order is right, and each item reports both positions", () => {
    for (const q of getQuestions({ type: "ordering" })) {
      if (q.type !== "ordering") continue;
      const order = keys(q, q.items.map((i) => i.id));
      const swapped = [order[1]!, order[0]!, ...order.slice(2)];
      expect(gradeAnswer(q, { type: "ordering", order }, attemptFor(q)).correct).toBe(true);
      const wrong = gradeAnswer(q, { type: "ordering", order: swapped }, attemptFor(q));
      expect(wrong.correct).toBe(false);
      if (wrong.evidence.type !== "ordering") throw new Error("evidence type");
      expect(wrong.evidence.items[0]).toMatchObject({ id: order[0], position: 0, givenPosition: 1 });
    }
  });
});

describe("answer and attempt validation", () => {
  const single = getQuestions({ type: "single" })[0]!;
  const ordering = getQuestions({ type: "ordering" })[0]!;
  const numeric = getQuestion("ct-littles-law")!;

  it("rejects an answer of another type, an unknown option, duplicates and non-permutations", () => {
    expect(() => gradeAnswer(single, { type: "true-false", value: true }, attemptFor(single))).toThrow(InvalidAnswerError);
    expect(() => gradeAnswer(single, { type: "single", optionId: "zz" }, attemptFor(single))).toThrow(/unknown option "zz"/);
    // content ids are not accepted: only the keys the browser was shown
    if (single.type !== "single") throw new Error("type");
    expect(() => gradeAnswer(single, { type: "single", optionId: single.options[0]!.id }, attemptFor(single))).toThrow(InvalidAnswerError);
    // nor the keys of another attempt
    expect(() => gradeAnswer(single, { type: "single", optionId: publicKey(single, 77, single.options[0]!.id) }, attemptFor(single))).toThrow(InvalidAnswerError);
    expect(() => gradeAnswer(single, { type: "single" }, attemptFor(single))).toThrow(InvalidAnswerError);
    expect(() => gradeAnswer(single, { type: "single", optionId: "a", extra: 1 }, attemptFor(single))).toThrow(InvalidAnswerError);
    if (ordering.type !== "ordering") throw new Error("type");
    const ids = keys(ordering, ordering.items.map((i) => i.id));
    expect(() => gradeAnswer(ordering, { type: "ordering", order: ids.slice(1) }, attemptFor(ordering))).toThrow(/expected all/);
    expect(() => gradeAnswer(ordering, { type: "ordering", order: [ids[0], ...ids.slice(0, -1)] }, attemptFor(ordering))).toThrow(/chosen twice/);
    expect(() => gradeAnswer(numeric, { type: "numeric", value: Number.NaN }, attemptFor(numeric))).toThrow(InvalidAnswerError);
  });

  it("rejects tampered attempt parameters", () => {
    expect(() => gradeAnswer(numeric, { type: "numeric", value: 1 }, { seed: 1, params: { rps: 73, duration: 100 } })).toThrow(InvalidAttemptError);
    expect(() => gradeAnswer(numeric, { type: "numeric", value: 1 }, { seed: 1, params: {} })).toThrow(InvalidAttemptError);
    expect(() => gradeAnswer(numeric, { type: "numeric", value: 1 }, { seed: -1, params: { rps: 50, duration: 100 } })).toThrow();
  });

  it("fills parameters into the explanation of both languages", () => {
    const q = questionSchema.parse({
      id: "explain-params",
      type: "numeric",
      lesson: "concurrency-throttling",
      topic: "throttling",
      domain: "resilient-cloud-solutions",
      style: "recall",
      params: { rps: { min: 100, max: 200, step: 100 } },
      prompt: { en: "Double {param:rps}?", ko: "{param:rps}의 두 배?" },
      explanation: { en: "Twice {param:rps}.", ko: "{param:rps}의 두 배입니다." },
      answer: { op: "mul", args: [2, { $param: "rps" }] },
      unit: "count",
    });
    const result = gradeAnswer(q, { type: "numeric", value: 400 }, { seed: 0, params: { rps: 200 } });
    expect(result.correct).toBe(true);
    expect(result.evidence).toEqual({
      type: "numeric",
      explanation: { en: "Twice 200.", ko: "200의 두 배입니다." },
      value: 400,
      accepted: { min: 400, max: 400 },
      unit: "count",
    });
  });
});
