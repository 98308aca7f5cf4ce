/**
 * Each modelling choice has a stable id, results carry id and English text, and the UI messages
 * translate every id: the English message is the simulator's own sentence, so the two cannot drift.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { ALL_ASSUMPTIONS, ASSUMPTION_TEXTS, assumptionIds, simulate } from "./index";
import { asyncTraffic, burst, constant, lambda, scenario, syncTraffic } from "./test-helpers";

const simulatorMessages = (locale: string) =>
  JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, "simulator.json"), "utf8")) as {
    assumptions: { items: Record<string, string> };
  };

describe("assumption ids", () => {
  it("are unique kebab-case ids with one English sentence each, in catalogue order", () => {
    expect(new Set(assumptionIds).size).toBe(assumptionIds.length);
    for (const id of assumptionIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(Object.keys(ASSUMPTION_TEXTS)).toEqual([...assumptionIds]);
    expect(ALL_ASSUMPTIONS).toEqual(assumptionIds.map((id) => ASSUMPTION_TEXTS[id]));
  });

  it("come with every result, in catalogue order, next to their English text", () => {
    const result = simulate(
      scenario({
        functions: [lambda("api"), lambda("worker", { reservedConcurrentExecutions: 0 })],
        traffic: [syncTraffic("api", constant(10, 0, 2)), asyncTraffic("worker", burst(2))],
      }),
    );
    const ids = result.assumptions.map((a) => a.id);
    expect(ids).toContain("scaling-rate-bucket");
    expect(ids).toContain("async-reserved-zero");
    expect(ids).toEqual(assumptionIds.filter((id) => ids.includes(id)));
    for (const { id, text } of result.assumptions) expect(text).toBe(ASSUMPTION_TEXTS[id]);
  });

  it("have the simulator's exact English in messages/en, unchanged by ICU formatting", () => {
    const items = simulatorMessages("en").assumptions.items;
    expect(Object.keys(items)).toEqual([...assumptionIds]);
    const t = createTranslator({ locale: "en", messages: simulatorMessages("en"), namespace: "assumptions.items" });
    for (const id of assumptionIds) {
      expect(items[id], id).toBe(ASSUMPTION_TEXTS[id]);
      expect(t(id), id).toBe(ASSUMPTION_TEXTS[id]);
    }
  });

  it.each(locales.filter((locale) => locale !== "en"))("are translated in messages/%s, keeping every number", (locale) => {
    const messages = simulatorMessages(locale);
    expect(Object.keys(messages.assumptions.items).sort()).toEqual([...assumptionIds].sort());
    const t = createTranslator({ locale, messages, namespace: "assumptions.items" });
    // Numbers are written as in English (1,000 not 1000); a translation may add one ("1초" for "one-second").
    const numbers = (text: string) => (text.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[.,]$/, ""));
    for (const id of assumptionIds) {
      const text = t(id);
      expect(text, id).toBe(messages.assumptions.items[id]);
      expect(text, id).not.toBe(ASSUMPTION_TEXTS[id]);
      const translated = numbers(text);
      for (const n of numbers(ASSUMPTION_TEXTS[id])) {
        const at = translated.indexOf(n);
        expect(at, `${locale} ${id}: number ${n}`).toBeGreaterThanOrEqual(0);
        translated.splice(at, 1);
      }
    }
  });
});
