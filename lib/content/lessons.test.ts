import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentValidationError } from "@/lib/content/errors";
import {
  clearLessonCache,
  getLesson,
  getLessonSummaries,
  getLessons,
  loadLessonsFrom,
  parseLesson,
  type Lesson,
} from "@/lib/content/lessons";

const b = (en: string, ko = `${en} (ko)`) => ({ en, ko });

function minimalLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    id: "sample",
    order: 1,
    title: b("Sample"),
    summary: b("A sample lesson."),
    estimatedMinutes: 5,
    sections: [
      {
        id: "intro",
        title: b("Intro"),
        refs: ["1.1"],
        blocks: [{ type: "paragraph", text: b("The pool holds {fact:accountConcurrencyDefault} by default.") }],
      },
    ],
    takeaways: [b("Takeaway.")],
    rewards: { exp: 10, perfectBonus: 1, title: b("Sampler") },
    ...overrides,
  };
}

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected a ContentValidationError");
}

describe("parseLesson", () => {
  it("accepts a minimal lesson", () => {
    expect(parseLesson(minimalLesson()).id).toBe("sample");
  });

  it("names the file and the field path of a missing translation", () => {
    const lesson = minimalLesson();
    const json = JSON.parse(JSON.stringify(lesson));
    json.sections[0].blocks[0].text.ko = "";
    expect(() => parseLesson(json, "lessons/sample.json")).toThrow(/lessons\/sample\.json is invalid/);
    expect(problemsOf(() => parseLesson(json))).toEqual(["sections[0].blocks[0].text.ko: Korean text is missing"]);
  });

  it("rejects unknown keys and unknown block types with their path", () => {
    const json = JSON.parse(JSON.stringify(minimalLesson()));
    json.sections[0].blocks.push({ type: "video", url: "x" });
    json.sections[0].colour = "red";
    const problems = problemsOf(() => parseLesson(json));
    expect(problems.some((p) => p.startsWith("sections[0].blocks[1]"))).toBe(true);
    expect(problems.some((p) => p.startsWith("sections[0]") && p.includes("colour"))).toBe(true);
  });

  it("checks the rules zod cannot express alone", () => {
    const json = JSON.parse(JSON.stringify(minimalLesson()));
    const section = json.sections[0];
    json.sections.push(structuredClone(section));
    section.blocks.push({ type: "callout", kind: "history", text: b("Old rule.") });
    section.blocks.push({ type: "table", caption: b("T"), columns: [b("A"), b("B")], rows: [[b("only one cell")]] });
    section.check = [{ id: "q", prompt: b("?"), options: [{ text: b("a"), explanation: b("x") }, { text: b("b"), explanation: b("y") }], correct: 2 }];
    expect(problemsOf(() => parseLesson(json))).toEqual([
      "sections[0].blocks[1].refs: a history callout names the reference section(s) it rests on",
      "sections[0].blocks[2].rows[0]: row has 1 cells, the table has 2 columns",
      "sections[0].check[0].correct: correct is not an index of options",
      'sections[1].id: duplicate section id "intro"',
    ]);
  });

  it("validates simulator parameters", () => {
    const json = JSON.parse(JSON.stringify(minimalLesson()));
    json.sections[0].blocks.push({
      type: "simulator",
      scenarioId: "starvation",
      parameter: { path: "functions.0.reservedConcurrentExecutions", min: 5, max: 5, step: 1, label: b("R") },
      caption: b("c"),
    });
    const problems = problemsOf(() => parseLesson(json));
    expect(problems.some((p) => p.startsWith("sections[0].blocks[1].parameter.path: a JSON pointer"))).toBe(true);
    expect(problems).toContain("sections[0].blocks[1].parameter.max: min must be below max");
  });
});

describe("loadLessonsFrom", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lessons-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, json: unknown) => fs.writeFileSync(path.join(dir, name), typeof json === "string" ? json : JSON.stringify(json));
  const clear = () => fs.readdirSync(dir).forEach((f) => fs.rmSync(path.join(dir, f)));

  it("loads and orders valid lessons", () => {
    clear();
    write("b.json", minimalLesson({ id: "second", order: 2 }));
    write("a.json", minimalLesson({ id: "first", order: 1 }));
    expect(loadLessonsFrom(dir).map((l) => l.id)).toEqual(["first", "second"]);
  });

  it("reports broken JSON, schema errors and broken references, each with its file", () => {
    clear();
    write("broken.json", "{ not json");
    write("bad.json", { ...minimalLesson(), order: 0 });
    const problems = problemsOf(() => loadLessonsFrom(dir));
    expect(problems.some((p) => p.startsWith("lessons-") || p.includes("broken.json: not valid JSON"))).toBe(true);
    expect(problems.some((p) => p.includes("bad.json: order:"))).toBe(true);
  });

  it("rejects unknown facts, glossary terms and lesson links, and duplicate ids and orders", () => {
    clear();
    const lesson = minimalLesson();
    lesson.sections[0]!.blocks = [
      { type: "paragraph", text: b("{fact:nope} [[term:nope]] [[lesson:sample#nope|x]] [[lesson:other|y]]") },
    ];
    write("a.json", lesson);
    write("b.json", minimalLesson());
    const problems = problemsOf(() => loadLessonsFrom(dir));
    expect(problems).toContain('duplicate lesson id "sample"');
    expect(problems).toContain('lessons "sample" and "sample" share order 1');
    expect(problems).toContain('sample: sections[0].blocks[0].text.en: unknown fact "nope"');
    expect(problems).toContain('sample: sections[0].blocks[0].text.en: unknown glossary term "nope"');
    expect(problems).toContain('sample: sections[0].blocks[0].text.en: unknown section "nope" in lesson "sample"');
    expect(problems).toContain('sample: sections[0].blocks[0].text.ko: unknown lesson "other"');
  });
});

describe("getLessons (the real content)", () => {
  it("loads once and caches", () => {
    clearLessonCache();
    const first = getLessons();
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(getLessons()).toBe(first);
    expect(first.map((l) => l.order)).toEqual([...first.map((l) => l.order)].sort((x, y) => x - y));
  });

  it("finds a lesson by id", () => {
    expect(getLesson("concurrency-throttling")?.rewards).toEqual({
      exp: 90,
      perfectBonus: 3,
      title: { en: "Concurrency Controller", ko: "동시성 컨트롤러 (Concurrency Controller)" },
    });
    expect(getLesson("nope")).toBeUndefined();
  });

  it("summaries carry no section bodies", () => {
    const summary = getLessonSummaries()[0]!;
    expect(Object.keys(summary.sections[0]!).sort()).toEqual(["id", "title"]);
    expect(JSON.stringify(summary)).not.toContain('"blocks"');
  });
});
