import { describe, expect, it } from "vitest";
import { getGlossary, getGlossarySorted, getTerm, glossarySchema } from "@/lib/content/glossary";

describe("glossary", () => {
  it("loads, sorted by English term, and finds entries by id", () => {
    const list = getGlossary();
    expect(list.length).toBeGreaterThan(50);
    expect(list.map((e) => e.term.en)).toEqual([...list.map((e) => e.term.en)].sort((a, b) => a.localeCompare(b, "en")));
    expect(getTerm("reserved-concurrency")?.term.ko).toBe("예약된 동시성 (Reserved Concurrency)");
    expect(getTerm("nope")).toBeUndefined();
  });

  it("sorts by the Korean term for Korean readers", () => {
    const ko = getGlossarySorted("ko").map((e) => e.term.ko);
    expect(ko).toEqual([...ko].sort((a, b) => a.localeCompare(b, "ko")));
  });

  it("rejects duplicate ids and unknown see-also links, with paths", () => {
    const entry = { id: "a", term: { en: "A", ko: "에이 (A)" }, definition: { en: "x", ko: "x" } };
    const result = glossarySchema.safeParse([entry, { ...entry, seeAlso: ["missing"] }]);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      '1.id: duplicate glossary id "a" (first at [0])',
      '1.seeAlso.0: unknown glossary id "missing"',
    ]);
  });
});
