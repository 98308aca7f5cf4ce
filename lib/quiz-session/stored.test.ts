import { describe, expect, it } from "vitest";
import { getQuestions } from "@/lib/quiz";
import { answeredColumns } from "@/tests/integration/progress-file";
import { CorruptAttemptError, storedAttemptProblems, storedResult } from "./stored";

const answered = (questionId: string) => {
  const question = getQuestions().find((q) => q.id === questionId)!;
  return { question, row: { id: "a1", questionId, answeredAt: new Date(), ...answeredColumns(question, 42) } };
};

describe("stored attempt columns", () => {
  it("accepts what the grader writes for every question of the bank", () => {
    for (const question of getQuestions()) {
      const row = { questionId: question.id, answeredAt: new Date(), ...answeredColumns(question, 7) };
      expect(storedAttemptProblems(question, row), question.id).toEqual([]);
    }
  });

  it("names the field of damaged columns, and the reader throws them as a CorruptAttemptError", () => {
    const { question, row } = answered(getQuestions({ type: "single" })[0]!.id);
    const damaged = { ...row, result: JSON.stringify({ ...JSON.parse(row.result), questionId: "other" }) };
    expect(storedAttemptProblems(question, damaged)).toEqual([`result.questionId: "other" is not the attempt's question "${question.id}"`]);
    expect(storedAttemptProblems(question, { ...row, correct: !row.correct })).toEqual(["result.correct: differs from the attempt's correct"]);
    expect(storedAttemptProblems(question, { ...row, answer: '{"type":"true-false","value":true}' })).toEqual(["answer: differs from result.given"]);
    expect(storedAttemptProblems(question, { ...row, answeredAt: null })).toEqual(["answeredAt: an unanswered attempt has no answer, correct or result"]);
    expect(() => storedResult(question, { ...row, result: "[]" })).toThrow(CorruptAttemptError);
  });

  it("refuses a scenario verdict its own accepted range contradicts", () => {
    const { question, row } = answered(getQuestions({ type: "scenario-numeric" })[0]!.id);
    const result = JSON.parse(row.result) as { given: { value: number }; expected: { accepted: { max: number } } };
    result.given.value = result.expected.accepted.max + 1_000;
    const forged = { ...row, correct: true, answer: JSON.stringify(result.given), result: JSON.stringify({ ...result, correct: true }) };
    expect(storedAttemptProblems(question, forged)).toEqual(["correct: does not follow from result.expected.accepted"]);
  });
});
