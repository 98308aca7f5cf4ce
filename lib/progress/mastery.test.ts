import { describe, expect, it } from "vitest";
import { masteryOf, topicMastery, type AnswerRecord } from "./mastery";

const repeat = (correct: boolean, n: number) => Array.from({ length: n }, () => correct);

describe("masteryOf", () => {
  it("needs enough answers for each level, not just a high score", () => {
    expect(masteryOf([true, true]).level).toBe("attempted");
    expect(masteryOf(repeat(true, 3)).level).toBe("familiar");
    expect(masteryOf(repeat(true, 5)).level).toBe("proficient");
    expect(masteryOf(repeat(true, 7)).level).toBe("proficient");
    expect(masteryOf(repeat(true, 8)).level).toBe("mastered");
  });

  it("drops when the most recent answers are wrong", () => {
    const mastered = repeat(true, 10);
    expect(masteryOf(mastered).level).toBe("mastered");
    const twoRecentMistakes = [false, false, ...repeat(true, 8)];
    expect(masteryOf(twoRecentMistakes).level).toBe("familiar");
  });

  it("weights recent answers more than old ones", () => {
    const oldMistake = [...repeat(true, 9), false];
    const newMistake = [false, ...repeat(true, 9)];
    expect(masteryOf(oldMistake).score).toBeGreaterThan(masteryOf(newMistake).score);
    expect(masteryOf(oldMistake).level).toBe("mastered");
    expect(masteryOf(newMistake).level).toBe("proficient");
  });

  it("only looks at the last 10 answers", () => {
    const result = masteryOf([...repeat(true, 10), ...repeat(false, 30)]);
    expect(result).toEqual({ level: "mastered", score: 1, answers: 10 });
  });
});

describe("topicMastery", () => {
  it("groups by topic, orders by time within a topic and lists the weakest first", () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 12, minute));
    const answers: AnswerRecord[] = [
      ...repeat(true, 8).map((correct, i) => ({ topic: "scaling", correct, answeredAt: at(i) })),
      { topic: "efs", correct: false, answeredAt: at(30) },
      { topic: "efs", correct: true, answeredAt: at(1) },
    ];
    const result = topicMastery(answers);
    expect(result.map((m) => [m.topic, m.level])).toEqual([
      ["efs", "attempted"],
      ["scaling", "mastered"],
    ]);
    expect(result[0]!.score).toBeCloseTo(0.8 / 1.8);
  });
});
