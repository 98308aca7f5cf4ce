import { describe, expect, it } from "vitest";
import type { QuestionView } from "./api";
import { draftAnswer, emptyDraft, move, parseNumber, pickByNumber } from "./draft";

const base = { id: "q", lesson: "l", topic: "throttling" as const, difficulty: 2, prompt: "?" };
const single: QuestionView = { ...base, type: "single", options: [{ id: "oa", text: "A" }, { id: "ob", text: "B" }] };
const multi: QuestionView = { ...base, type: "multi", choose: 2, options: [{ id: "oa", text: "A" }, { id: "ob", text: "B" }, { id: "oc", text: "C" }] };
const choice: QuestionView = { ...base, type: "scenario-choice", goal: "g", options: [{ id: "oa", label: "A" }, { id: "ob", label: "B" }] };
const numeric: QuestionView = { ...base, type: "scenario-numeric", asks: "x", unit: "count", unitLabel: "", tolerance: {} };

describe("parseNumber", () => {
  it.each([
    ["42", 42],
    [" 12.5 ", 12.5],
    ["1,240", 1240],
    ["1,000,000", 1_000_000],
    ["-3", -3],
    [".5", 0.5],
  ])("reads %j as %d", (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(["", "abc", "12,5", "1e3", "12 ms", "--1", "NaN", "Infinity"])("refuses %j", (text) => expect(parseNumber(text)).toBeNull());
});

describe("draftAnswer", () => {
  it("needs a choice before a single-choice answer can be sent", () => {
    expect(draftAnswer(single, emptyDraft(single))).toEqual({ ok: false, problem: { kind: "pickOne" } });
    expect(draftAnswer(single, pickByNumber(single, emptyDraft(single), 2))).toEqual({ ok: true, answer: { type: "single", optionId: "ob" } });
  });

  it("needs exactly `choose` options for multiple choice", () => {
    let draft = pickByNumber(multi, emptyDraft(multi), 1);
    expect(draftAnswer(multi, draft)).toEqual({ ok: false, problem: { kind: "pickN", count: 2 } });
    draft = pickByNumber(multi, draft, 3);
    expect(draftAnswer(multi, draft)).toEqual({ ok: true, answer: { type: "multi", optionIds: ["oa", "oc"] } });
    draft = pickByNumber(multi, draft, 1);
    expect(draftAnswer(multi, draft)).toEqual({ ok: false, problem: { kind: "pickN", count: 2 } });
  });

  it("accepts no option at all for a scenario-choice question (none may meet the goal)", () => {
    expect(draftAnswer(choice, emptyDraft(choice))).toEqual({ ok: true, answer: { type: "scenario-choice", optionIds: [] } });
  });

  it("refuses a numeric answer that is not a number", () => {
    expect(draftAnswer(numeric, { type: "scenario-numeric", text: "many" })).toEqual({ ok: false, problem: { kind: "notANumber" } });
    expect(draftAnswer(numeric, { type: "scenario-numeric", text: "1,240" })).toEqual({ ok: true, answer: { type: "scenario-numeric", value: 1240 } });
  });
});

describe("keyboard and reordering", () => {
  it("ignores a number key beyond the options", () => {
    const draft = emptyDraft(single);
    expect(pickByNumber(single, draft, 7)).toBe(draft);
  });

  it("maps 1 and 2 to true and false", () => {
    const tf: QuestionView = { ...base, type: "true-false" };
    expect(pickByNumber(tf, emptyDraft(tf), 2)).toEqual({ type: "true-false", value: false });
  });

  it("moves an item one place and stops at the ends", () => {
    expect(move(["a", "b", "c"], "c", -1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(move(["a", "b", "c"], "c", 1)).toEqual(["a", "b", "c"]);
  });
});
