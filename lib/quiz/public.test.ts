import { describe, expect, it } from "vitest";
import { getQuestions } from "./bank";
import { keyMap } from "./keys";
import { newAttempt, publicQuestion } from "./public";
import { textFields, type Question } from "./schema";
import { localize } from "./text";

/** Keys that would carry an answer, an explanation or the machinery that computes them. */
const FORBIDDEN_KEYS = ["correct", "explanation", "answer", "expected", "patch", "scenario", "measure", "params", "tests", "references"];

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

/** Every explanation text of a question, with the attempt's parameters filled in. */
function explanations(q: Question, params: Record<string, number>): string[] {
  return textFields(q)
    .filter(([path]) => path[path.length - 1] === "explanation")
    .flatMap(([, text]) => {
      const filled = localize(text, q, params);
      return [filled.en, filled.ko];
    });
}

describe("publicQuestion", () => {
  const seeds = [1, 2, 3];

  it.each(getQuestions().map((q) => [q.id, q] as const))("%s shows no answer, key or explanation", (_, q) => {
    for (const seed of seeds) {
      const attempt = newAttempt(q, seed);
      for (const locale of ["en", "ko", undefined] as const) {
        const shown = publicQuestion(q, locale, attempt);
        const json = JSON.stringify(shown);
        const present = keysOf(JSON.parse(json));
        expect(FORBIDDEN_KEYS.filter((k) => present.has(k)), `${q.id} ${locale}`).toEqual([]);
        for (const text of explanations(q, attempt.params)) {
          // Short stock phrases ("Correct.") could appear legitimately; longer ones must never.
          if (text.length >= 12) expect(json.includes(JSON.stringify(text).slice(1, -1)), `${q.id}: "${text}"`).toBe(false);
        }
        // Content ids never reach the browser: options and items carry opaque per-attempt keys.
        if ("options" in q || "items" in q) {
          const ids = "options" in q ? q.options.map((o) => o.id) : q.items.map((i) => i.id);
          const shownIds = ("options" in shown ? shown.options : "items" in shown ? shown.items : []).map((o) => o.id);
          expect(shownIds.filter((id) => ids.includes(id))).toEqual([]);
          expect([...shownIds].sort()).toEqual([...keyMap(q, seed).toKey.values()].sort());
        }
        if (q.type === "true-false") expect(Object.keys(shown).sort()).toEqual(["difficulty", "id", "lesson", "prompt", "topic", "type"]);
      }
    }
  });

  it("never shows an ordering question's items in the right order", () => {
    for (const q of getQuestions({ type: "ordering" })) {
      if (q.type !== "ordering") continue;
      for (let seed = 0; seed < 50; seed += 1) {
        const shown = publicQuestion(q, "en", newAttempt(q, seed));
        if (shown.type !== "ordering") throw new Error("type");
        const { toId } = keyMap(q, seed);
        expect(shown.items.map((i) => toId.get(i.id))).not.toEqual(q.items.map((i) => i.id));
      }
    }
  });

  it("is deterministic per attempt, localised on request and bilingual otherwise", () => {
    const q = getQuestions({ type: "scenario-choice" })[0]!;
    const attempt = newAttempt(q, 42);
    expect(publicQuestion(q, "en", attempt)).toEqual(publicQuestion(q, "en", attempt));
    const en = publicQuestion(q, "en", attempt);
    const ko = publicQuestion(q, "ko", attempt);
    const both = publicQuestion(q, undefined, attempt);
    expect(typeof en.prompt).toBe("string");
    expect(both.prompt).toEqual({ en: en.prompt, ko: ko.prompt });
    expect(en.prompt).not.toMatch(/\{param:/);
    if (en.type !== "scenario-choice") throw new Error("type");
    expect(en.goal.length).toBeGreaterThan(0);
  });

  it("shuffles options differently across attempts", () => {
    const q = getQuestions({ type: "single" }).find((x) => x.type === "single" && x.options.length >= 4)!;
    const orders = new Set<string>();
    for (let seed = 0; seed < 30; seed += 1) {
      const shown = publicQuestion(q, "en", newAttempt(q, seed));
      if (shown.type !== "single") throw new Error("type");
      const { toId } = keyMap(q, seed);
      orders.add(shown.options.map((o) => toId.get(o.id)).join());
    }
    expect(orders.size).toBeGreaterThan(3);
  });
});
