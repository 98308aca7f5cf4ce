/**
 * The content test: every learner-facing string in content/ (lessons, glossary, and whatever JSON
 * exists in content/cards and content/questions) has both languages, every id is unique, every
 * {fact:..}, [[term:..]] and [[lesson:..]] resolves, and no number appears outside {fact:..}.
 * Every fact quotes its reference section, checked against ../shared/reference/lambda-behaviour.md
 * when that file is present.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { facts, factIds, factValue, type Fact, type FactId } from "@/lib/content/facts";
import { getGlossary } from "@/lib/content/glossary";
import { getLessons, figureIds } from "@/lib/content/lessons";
import { buildInlineContext } from "@/lib/content/context";
import { validateInline, parseInline, walkInline } from "@/lib/content/inline";
import { findBareNumbers } from "@/lib/content/numbers";
import { collectBilingual } from "@/lib/content/walk";
import { formatPath } from "@/lib/content/errors";

const root = path.resolve(import.meta.dirname, "..");
const referencePath = path.resolve(root, "../shared/reference/lambda-behaviour.md");
const hasReference = fs.existsSync(referencePath);

function jsonFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFilesUnder(full));
    else if (entry.name.endsWith(".json")) out.push(full);
  }
  return out.sort();
}

interface Source {
  name: string;
  json: unknown;
}

const lessons = getLessons();
const glossary = getGlossary();
const ctx = buildInlineContext(lessons);

const sources: Source[] = [
  ...[path.join(root, "content/glossary.json"), ...jsonFilesUnder(path.join(root, "content/lessons"))].map((f) => ({ name: path.relative(root, f), json: JSON.parse(fs.readFileSync(f, "utf8")) })),
];
const foreignDirs = ["content/cards", "content/questions"];
const foreign: Source[] = foreignDirs.flatMap((dir) =>
  jsonFilesUnder(path.join(root, dir)).map((f) => ({ name: path.relative(root, f), json: JSON.parse(fs.readFileSync(f, "utf8")) as unknown })),
);
const everything = [...sources, ...foreign];

function strings(source: Source) {
  return collectBilingual(source.json).flatMap((found) =>
    (["en", "ko"] as const).map((locale) => ({ where: `${source.name} ${formatPath(found.path)}.${locale}`, text: found.text[locale], found })),
  );
}

describe("every content string", () => {
  it("exists in both languages, as a plain {en, ko} object", () => {
    const problems: string[] = [];
    for (const source of everything) {
      for (const found of collectBilingual(source.json)) {
        const where = `${source.name} ${formatPath(found.path)}`;
        if (found.incomplete) problems.push(`${where}: needs non-empty "en" and "ko"`);
        if (found.extraKeys.length) problems.push(`${where}: unexpected keys ${found.extraKeys.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has sound markup and every fact, glossary term and lesson link resolves", () => {
    const problems = everything.flatMap((source) =>
      strings(source).flatMap(({ where, text }) => validateInline(text, ctx).map((p) => `${where}: ${p}`)),
    );
    expect(problems).toEqual([]);
  });

  it("spells no number itself: numbers come from content/facts.json via {fact:id}", () => {
    const problems = everything.flatMap((source) =>
      strings(source).flatMap(({ where, text }) => {
        const bare = findBareNumbers(text);
        return bare.length ? [`${where}: bare number(s) ${bare.join(" ")} — use {fact:...}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("keeps the same references in English and Korean (a fact or link is not lost in translation)", () => {
    const problems: string[] = [];
    for (const source of everything) {
      for (const found of collectBilingual(source.json)) {
        const refs = (text: string) => {
          const out: string[] = [];
          walkInline(parseInline(text), (t) => {
            if (t.type === "fact") out.push(`fact:${t.id}${t.conversion ? `|${t.conversion}` : ""}`);
            if (t.type === "lesson") out.push(`lesson:${t.lessonId}#${t.sectionId ?? ""}`);
          });
          return out.sort();
        };
        const en = refs(found.text.en);
        const ko = refs(found.text.ko);
        if (en.join() !== ko.join()) problems.push(`${source.name} ${formatPath(found.path)}: en has [${en.join(", ")}], ko has [${ko.join(", ")}]`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("ids", () => {
  it("are unique across glossary entries, lessons, sections, checks and exercises", () => {
    const dupes = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes(glossary.map((g) => g.id))).toEqual([]);
    expect(dupes(lessons.map((l) => l.id))).toEqual([]);
    expect(dupes(lessons.map((l) => String(l.order)))).toEqual([]);
    for (const lesson of lessons) {
      expect(dupes(lesson.sections.map((s) => s.id)), lesson.id).toEqual([]);
      expect(dupes(lesson.sections.flatMap((s) => s.check?.map((q) => q.id) ?? [])), lesson.id).toEqual([]);
    }
  });

  it("of cards and questions are unique within their folder (items of a top-level array or of an array property)", () => {
    for (const dir of foreignDirs) {
      const ids: string[] = [];
      for (const source of foreign.filter((s) => s.name.startsWith(dir))) {
        const json = source.json;
        const lists = Array.isArray(json)
          ? [json]
          : json && typeof json === "object"
            ? Object.values(json).filter((v): v is unknown[] => Array.isArray(v))
            : [];
        for (const list of lists)
          for (const item of list)
            if (item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string") ids.push((item as { id: string }).id);
      }
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), dir).toEqual([]);
    }
  });
});

// ---- facts against the reference ----

function referenceSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | undefined;
  for (const line of markdown.split("\n")) {
    const numbered = /^(\d{1,2}\.\d{1,2})\s+(.*)$/.exec(line);
    if (numbered) {
      current = numbered[1]!;
      sections.set(current, numbered[2]!);
    } else if (/^## Modelling choices/.test(line)) {
      current = "M";
      sections.set(current, "");
    } else if (/^#/.test(line)) {
      current = undefined;
    } else if (current) {
      sections.set(current, `${sections.get(current)} ${line.trim()}`);
    }
  }
  for (const [k, v] of sections) sections.set(k, v.replace(/\s+/g, " ").trim());
  return sections;
}

/** How a fact's value may be written in the reference. */
function renderings(fact: Fact): string[] {
  if (typeof fact.value === "string") {
    const d = new Date(`${fact.value}T00:00:00Z`);
    const month = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
    return [`${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`];
  }
  const v = fact.value;
  const forms = new Set([String(v), v.toLocaleString("en-US")]);
  const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  if (Number.isInteger(v) && v >= 0 && v <= 10) forms.add(words[v]!);
  if (fact.unit === "ratio") forms.add(v.toFixed(1));
  if (fact.unit === "statusClass") forms.add(`${v}xx`);
  if (fact.unit === "seconds") {
    if (v % 60 === 0) forms.add(`${v / 60} minute`);
    if (v % 3600 === 0) forms.add(`${v / 3600} hour`);
  }
  return [...forms];
}

function containsValue(quote: string, fact: Fact): boolean {
  return renderings(fact).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\d.,])${escaped}(?![\\d,]|\\.\\d)`).test(quote);
  });
}

describe("facts", () => {
  it("each rule, history and model fact quotes a passage that contains its value", () => {
    const problems = factIds.flatMap((id) => {
      const fact = facts[id];
      if (fact.kind === "example") return [];
      return fact.quote && containsValue(fact.quote, fact) ? [] : [`${id}: quote "${fact.quote}" does not show ${String(fact.value)}`];
    });
    expect(problems).toEqual([]);
  });

  it.skipIf(!hasReference)("each quote appears verbatim in its section of lambda-behaviour.md", () => {
    const sections = referenceSections(fs.readFileSync(referencePath, "utf8"));
    const problems = factIds.flatMap((id) => {
      const fact = facts[id];
      const section = sections.get(fact.ref);
      if (!section) return [`${id}: reference section ${fact.ref} not found`];
      if (fact.quote && !section.includes(fact.quote.replace(/\s+/g, " "))) return [`${id}: quote not found in section ${fact.ref}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("worked examples are arithmetically consistent", () => {
    const v = (id: FactId) => factValue(id);
    // Little's law (7.1): concurrency = requests per second x average duration in seconds
    expect(v("exampleRps") * v("exampleDurationSeconds")).toBe(v("exampleConcurrency"));
    // Request-rate limit (1.5): 10 x the concurrency limit
    expect(v("requestRateMultiplier") * v("exampleReservedConcurrency")).toBe(v("exampleRateLimitRps"));
    expect((v("exampleShortRps") * v("exampleShortDurationMs")) / 1000).toBe(v("exampleShortConcurrency"));
    expect(v("exampleShortConcurrency")).toBeLessThan(v("exampleReservedConcurrency"));
    expect(v("exampleShortRps") - v("exampleRateLimitRps")).toBe(v("exampleRateThrottledRps"));
    // the old burst range is a range
    expect(v("oldBurstMin")).toBeLessThan(v("oldBurstMax"));
  });

  it("every fact is used somewhere in content (no dead numbers)", () => {
    const used = new Set<string>();
    for (const source of everything)
      for (const { text } of strings(source)) walkInline(parseInline(text), (t) => t.type === "fact" && used.add(t.id));
    // Facts may be used by cards/questions instead of lessons; report only when lessons exist.
    if (lessons.length === 0) return;
    expect(factIds.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe("lessons", () => {
  it("use every seed diagram as a figure", () => {
    if (lessons.length === 0) return;
    const used = new Set(lessons.flatMap((l) => l.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === "figure" ? [b.figureId] : [])))));
    expect(figureIds.filter((id) => !used.has(id))).toEqual([]);
  });
});
