import { describe, expect, it } from "vitest";
import { parseSetQuery } from "./query";

describe("parseSetQuery", () => {
  it("shows the chooser without a query", () => {
    expect(parseSetQuery({})).toEqual({ ok: true, spec: null });
  });

  it("accepts a lesson that has questions and a known topic", () => {
    expect(parseSetQuery({ lesson: "concurrency-throttling" })).toEqual({ ok: true, spec: { kind: "lesson", lesson: "concurrency-throttling" } });
    expect(parseSetQuery({ topic: "cold-starts" })).toEqual({ ok: true, spec: { kind: "topic", topic: "cold-starts" } });
    expect(parseSetQuery({ set: ["daily", "mistakes"] })).toEqual({ ok: true, spec: { kind: "daily" } });
    expect(parseSetQuery({ question: "ct-sim-reserved-ceiling-choice" })).toEqual({ ok: true, spec: { kind: "question", question: "ct-sim-reserved-ceiling-choice" } });
  });

  it("names the field of an unknown value instead of showing an empty set", () => {
    expect(parseSetQuery({ lesson: "nope" })).toEqual({ ok: false, field: "lesson", value: "nope" });
    expect(parseSetQuery({ topic: "THROTTLING" })).toEqual({ ok: false, field: "topic", value: "THROTTLING" });
    expect(parseSetQuery({ set: "exam" })).toEqual({ ok: false, field: "set", value: "exam" });
    expect(parseSetQuery({ question: "no-such-question" })).toEqual({ ok: false, field: "question", value: "no-such-question" });
  });
});
