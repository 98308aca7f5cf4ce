import { describe, expect, it } from "vitest";
import { getLessons } from "@/lib/content/lessons";
import { firstTriesSchema, isPerfect } from "./checks";

const lesson = getLessons()[0]!;
const questions = lesson.sections.flatMap((s) => s.check ?? []);
const allRight = Object.fromEntries(questions.map((q) => [q.id, q.correct]));

describe("isPerfect", () => {
  it("needs every check of the lesson answered right on the first try", () => {
    expect(questions.length).toBeGreaterThan(1);
    expect(isPerfect(lesson, allRight)).toBe(true);
    const [first] = questions;
    expect(isPerfect(lesson, { ...allRight, [first!.id]: (first!.correct + 1) % first!.options.length })).toBe(false);
    const { [first!.id]: _dropped, ...missingOne } = allRight;
    expect(_dropped).toBe(first!.correct);
    expect(isPerfect(lesson, missingOne)).toBe(false);
  });

  it("ignores answers to questions of other lessons", () => {
    expect(isPerfect(lesson, { ...allRight, "some-other-question": 0 })).toBe(true);
  });
});

describe("firstTriesSchema", () => {
  it("accepts question ids mapped to option indexes and refuses anything else", () => {
    expect(firstTriesSchema.safeParse({ "a-question": 2 }).success).toBe(true);
    expect(firstTriesSchema.safeParse({ "a-question": -1 }).success).toBe(false);
    expect(firstTriesSchema.safeParse({ "a-question": 1.5 }).success).toBe(false);
    expect(firstTriesSchema.safeParse({ "Bad Id!": 0 }).success).toBe(false);
    expect(firstTriesSchema.safeParse(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, 0]))).success).toBe(false);
  });
});
