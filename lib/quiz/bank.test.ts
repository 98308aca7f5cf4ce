import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isFactId } from "@/lib/content/facts";
import { findBareNumbersBilingual } from "@/lib/content/numbers";
import { getQuestion, getQuestions, loadQuestionBank, QuestionBankError, questionFiles } from "./bank";
import { exprFacts } from "./expr";
import { domains, isScenarioQuestion, questionTypes, textFields, trickyFacts } from "./schema";

const questionsDir = path.resolve(import.meta.dirname, "../../content/questions");
const lessonsDir = path.resolve(import.meta.dirname, "../../content/lessons");

/** The share of scenario-style questions the bank must keep: the exam is all scenarios (issue 11 asks for 60 %). */
const SCENARIO_SHARE = 0.6;

describe("the question bank", () => {
  it("registers every file of content/questions", () => {
    const onDisk = fs.readdirSync(questionsDir).filter((f) => f.endsWith(".json")).sort();
    expect(Object.keys(questionFiles).sort()).toEqual(onDisk);
  });

  it("validates every question", () => {
    expect(() => loadQuestionBank(questionFiles)).not.toThrow();
  });

  it("is large enough: at least 180 questions, 40 of them graded by the simulator, every type present", () => {
    const all = getQuestions();
    expect(all.length).toBeGreaterThanOrEqual(180);
    expect(all.filter(isScenarioQuestion).length).toBeGreaterThanOrEqual(40);
    for (const type of questionTypes) expect(getQuestions({ type }).length, type).toBeGreaterThan(0);
  });

  it("is mostly scenario style, as the exam is: at least SCENARIO_SHARE of the questions by their declared style", () => {
    const all = getQuestions();
    const scenarios = getQuestions({ style: "scenario" }).length;
    expect(scenarios / all.length, `${scenarios} of ${all.length} questions are scenario style`).toBeGreaterThanOrEqual(SCENARIO_SHARE);
  });

  it("has questions in every exam domain", () => {
    const empty = domains.filter((domain) => getQuestions({ domain }).length === 0);
    expect(empty).toEqual([]);
  });

  it("declares every simulator-graded question scenario style", () => {
    expect(getQuestions().filter((q) => isScenarioQuestion(q) && q.style !== "scenario").map((q) => q.id)).toEqual([]);
  });

  it("tests every tricky fact of the reference at least once", () => {
    const tested = new Set(getQuestions().flatMap((q) => q.tests));
    expect(trickyFacts.filter((f) => !tested.has(f))).toEqual([]);
  });

  it("uses only lesson ids that exist in content/lessons", () => {
    // Read the ids straight from the files: the lessons' own validation is lib/content's test.
    const ids = new Set(
      fs
        .readdirSync(lessonsDir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => (JSON.parse(fs.readFileSync(path.join(lessonsDir, f), "utf8")) as { id: string }).id),
    );
    expect([...new Set(getQuestions().map((q) => q.lesson))].filter((id) => !ids.has(id))).toEqual([]);
  });

  it("covers every lesson it names with at least five questions", () => {
    const byLesson = new Map<string, number>();
    for (const q of getQuestions()) byLesson.set(q.lesson, (byLesson.get(q.lesson) ?? 0) + 1);
    for (const [lesson, count] of byLesson) expect(count, lesson).toBeGreaterThanOrEqual(5);
  });

  it("refers only to known facts in numeric answers", () => {
    const unknown = getQuestions().flatMap((q) => (q.type === "numeric" ? exprFacts(q.answer).filter((id) => !isFactId(id)) : []));
    expect(unknown).toEqual([]);
  });

  it("spells no bare number in its prose (numbers are {fact:..} or {param:..}; Korean digits mirror English words)", () => {
    const problems = getQuestions().flatMap((q) =>
      textFields(q).flatMap(([field, text]) => {
        const bare = findBareNumbersBilingual(text);
        return (["en", "ko"] as const).flatMap((locale) =>
          bare[locale].length ? [`${q.id} ${field.join(".")}.${locale}: ${bare[locale].join(" ")}`] : [],
        );
      }),
    );
    expect(problems).toEqual([]);
  });

  it("finds questions by id and filters by lesson, topic and tricky fact", () => {
    const first = getQuestions()[0]!;
    expect(getQuestion(first.id)).toBe(first);
    expect(getQuestion("no-such-question")).toBeUndefined();
    expect(getQuestions({ lesson: first.lesson }).every((q) => q.lesson === first.lesson)).toBe(true);
    expect(getQuestions({ topic: "efs" }).every((q) => q.topic === "efs")).toBe(true);
    expect(getQuestions({ tests: "tricky-1" }).length).toBeGreaterThan(0);
  });
});

describe("bank validation errors", () => {
  const valid = {
    id: "sample",
    type: "single",
    lesson: "concurrency-throttling",
    topic: "throttling",
    domain: "resilient-cloud-solutions",
    style: "recall",
    prompt: { en: "Which?", ko: "어느 것?" },
    explanation: { en: "Because.", ko: "왜냐하면." },
    options: [
      { id: "a", text: { en: "A", ko: "가" }, correct: true, explanation: { en: "Yes.", ko: "네." } },
      { id: "b", text: { en: "B", ko: "나" }, correct: false, explanation: { en: "No.", ko: "아니요." } },
    ],
  };

  function problems(files: Record<string, unknown>): string[] {
    try {
      loadQuestionBank(files);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(QuestionBankError);
      return [...(error as QuestionBankError).problems];
    }
  }

  it("accepts a valid question", () => {
    expect(problems({ "x.json": { questions: [valid] } })).toEqual([]);
  });

  it("names the file and field path of a missing translation", () => {
    const bad = structuredClone(valid);
    bad.options[1]!.explanation.ko = "";
    expect(problems({ "x.json": { questions: [bad] } })).toEqual([
      "content/questions/x.json questions[0].options[1].explanation.ko: Korean text is missing",
    ]);
  });

  it("requires an exam domain and a style from the known lists", () => {
    const noDomain: Partial<typeof valid> = structuredClone(valid);
    delete noDomain.domain;
    expect(problems({ "x.json": { questions: [noDomain] } })[0]).toMatch(/questions\[0\]\.domain/);
    expect(problems({ "x.json": { questions: [{ ...valid, style: "trivia" }] } })[0]).toMatch(/questions\[0\]\.style/);
  });

  it("rejects a single-choice question without exactly one correct option", () => {
    const bad = structuredClone(valid);
    bad.options[1]!.correct = true;
    expect(problems({ "x.json": { questions: [bad] } })[0]).toMatch(/questions\[0\]\.options: a single-choice question needs exactly one correct option, found 2/);
  });

  it("rejects undeclared and unused parameters, and placeholders that differ between languages", () => {
    const bad = {
      ...valid,
      id: "params",
      type: "numeric",
      options: undefined,
      params: { rps: { min: 1, max: 5, step: 1 }, unused: { min: 1, max: 2, step: 1 } },
      prompt: { en: "At {param:rps} and {param:other}?", ko: "{param:rps}에서?" },
      answer: { $param: "rps" },
      unit: "count",
    };
    delete (bad as Record<string, unknown>).options;
    const found = problems({ "x.json": { questions: [bad] } });
    expect(found.some((p) => p.includes("questions[0].prompt: English and Korean use different {param:...} placeholders"))).toBe(true);
    expect(found.some((p) => p.includes("{param:other} is not a declared parameter"))).toBe(true);
    expect(found.some((p) => p.includes('questions[0].params.unused: parameter "unused" is declared but never used'))).toBe(true);
  });

  it("rejects a parameter range that is not a whole number of steps", () => {
    const bad = {
      ...valid,
      type: "numeric",
      params: { rps: { min: 1, max: 4, step: 2 } },
      prompt: { en: "At {param:rps}?", ko: "{param:rps}에서?" },
      answer: { $param: "rps" },
      unit: "count",
    };
    delete (bad as Record<string, unknown>).options;
    expect(problems({ "x.json": { questions: [bad] } })).toContain(
      "content/questions/x.json questions[0].params.rps.step: max - min must be a whole number of steps",
    );
  });

  it("rejects measures with missing arguments and duplicate ids across files", () => {
    const scenarioQ = {
      ...valid,
      id: "scen",
      type: "scenario-numeric",
      scenario: { durationSeconds: 10 },
      measure: { name: "throttles" },
      unit: "throttles",
    };
    delete (scenarioQ as Record<string, unknown>).options;
    const found = problems({ "x.json": { questions: [valid, scenarioQ] }, "y.json": { questions: [valid] } });
    expect(found).toContain('content/questions/x.json questions[1].measure.function: measure "throttles" needs "function"');
    const again = problems({ "x.json": { questions: [valid] }, "y.json": { questions: [valid] } });
    expect(again).toEqual(['duplicate question id "sample"']);
  });
});
