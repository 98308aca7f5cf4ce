import { z } from "zod";
import type { Bilingual } from "@/lib/content/bilingual";
import type { ValidationIssue } from "@/lib/sim/types";
import { timelineChartData, type TimelineChartData } from "@/lib/sim-ui/chart-data";
import { parseAnswer, type Answer, type AnswerFor } from "./answers";
import { keyMap } from "./keys";
import { compare, type CompareOp, type MeasureRef } from "./catalogue";
import { evaluateExpr } from "./expr";
import { applyPatch, checkParameters, fillParams, instantiateScenario, resolveParamRef, type Params } from "./instantiate";
import { measure, measureUnit, MeasureError, type MeasureValue } from "./measures";
import { runScenario } from "./run";
import type {
  MultiQuestion,
  NumericQuestion,
  OrderingQuestion,
  PatchOp,
  Question,
  ScenarioChoiceQuestion,
  ScenarioNumericQuestion,
  SingleQuestion,
  Tolerance,
  TrueFalseQuestion,
} from "./schema";
import { goalText, invalidConfigurationSentence, localize, measureLabel, measureSentence } from "./text";
import type { Unit } from "./units";

/**
 * Grading. Pure apart from the memoised simulator runs: the same question, answer and attempt
 * always give the same result. Scenario questions are graded by simulating, with the attempt's seed
 * and parameters, never against a stored answer.
 */

/** What the server stores per attempt: the seed drawn when the question was shown and its parameters. */
export const attemptSchema = z.strictObject({
  seed: z.int().min(0).max(0xffffffff),
  params: z.record(z.string(), z.number().finite()),
});
export type Attempt = z.infer<typeof attemptSchema>;

export interface Range {
  min: number;
  max: number;
}

export interface OptionFeedback {
  id: string;
  text: Bilingual;
  correct: boolean;
  chosen: boolean;
  explanation: Bilingual;
}

export interface MeasureEvidence extends MeasureValue {
  ref: MeasureRef;
  unit: Unit;
  /** "throttles of `B`" */
  label: Bilingual;
  /** "`B` is throttled 1,240 times" */
  sentence: Bilingual;
}

export type ChoiceOutcome =
  | ({ valid: true; meetsGoal: boolean } & MeasureEvidence)
  | { valid: false; meetsGoal: false; issues: ValidationIssue[]; sentence: Bilingual };

export interface ChoiceOptionEvidence {
  id: string;
  label: Bilingual;
  explanation: Bilingual;
  chosen: boolean;
  /** Whether the option belongs in the answer, i.e. its simulated outcome meets the goal. */
  correct: boolean;
  patch: PatchOp[];
  outcome: ChoiceOutcome;
  /** The scenario with this option applied, for "try it in the simulator". */
  scenario: Record<string, unknown>;
  chart?: TimelineChartData;
}

export type Evidence =
  | { type: "single" | "multi"; explanation: Bilingual; options: OptionFeedback[] }
  | { type: "true-false"; explanation: Bilingual; statementIsTrue: boolean }
  | { type: "numeric"; explanation: Bilingual; value: number; accepted: Range; unit: Unit }
  | {
      type: "ordering";
      explanation: Bilingual;
      /** In the correct order; positions are 0-based. */
      items: { id: string; text: Bilingual; explanation: Bilingual; position: number; givenPosition: number }[];
    }
  | { type: "scenario-numeric"; explanation: Bilingual; measure: MeasureEvidence; accepted: Range }
  | {
      type: "scenario-choice";
      explanation: Bilingual;
      goal: { text: Bilingual; measure: MeasureRef; compare: CompareOp; target: number };
      /** The scenario as given, before any option: why something has to change. */
      baseline: ChoiceOutcome;
      options: ChoiceOptionEvidence[];
    };

export type Expected =
  | { type: "single"; optionId: string }
  | { type: "multi"; optionIds: string[] }
  | { type: "true-false"; value: boolean }
  | { type: "numeric"; value: number; accepted: Range; unit: Unit }
  | { type: "ordering"; order: string[] }
  | { type: "scenario-numeric"; value: number; accepted: Range; unit: Unit; atSecond?: number }
  | { type: "scenario-choice"; optionIds: string[] };

export interface GradeResult {
  questionId: string;
  correct: boolean;
  expected: Expected;
  given: Answer;
  evidence: Evidence;
  /** Scenario questions: the simulated timeline with the deciding moment marked. */
  chart?: TimelineChartData;
  /** Scenario questions: the instantiated scenario, for "try it in the simulator". */
  scenario?: Record<string, unknown>;
}

/** A scenario question whose content does not simulate (a bug in the bank, caught by the tests). */
export class QuestionContentError extends Error {
  override name = "QuestionContentError";
}

// ---------------------------------------------------------------------------------------------
// Tolerance

export function acceptedRange(expected: number, tolerance: Tolerance): Range {
  const t = Math.max(tolerance.absolute ?? 0, (tolerance.relative ?? 0) * Math.abs(expected));
  return { min: expected - t, max: expected + t };
}

/** Inside the range, allowing only for floating-point noise at its edges. */
export function withinRange(value: number, range: Range): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(range.min), Math.abs(range.max));
  return value >= range.min - eps && value <= range.max + eps;
}

// ---------------------------------------------------------------------------------------------

/**
 * Grades one answer. `answer` is untrusted input: it is validated against the question
 * (InvalidAnswerError); the attempt's parameters are checked against the declared ranges
 * (InvalidAttemptError). Option and item ids, in the answer and in the result, are the attempt's
 * public keys (as shown by publicQuestion), never the content ids.
 */
export function gradeAnswer(question: Question, answer: unknown, attempt: Attempt): GradeResult {
  const { seed } = attemptSchema.parse(attempt);
  const { given, internal } = parseAnswer(question, answer, seed);
  const params = attempt.params;
  checkParameters(question, params);
  let result: GradeResult;
  switch (question.type) {
    case "single":
      result = gradeSingle(question, internal as AnswerFor<"single">, params);
      break;
    case "multi":
      result = gradeMulti(question, internal as AnswerFor<"multi">, params);
      break;
    case "true-false":
      result = gradeTrueFalse(question, internal as AnswerFor<"true-false">, params);
      break;
    case "numeric":
      result = gradeNumeric(question, internal as AnswerFor<"numeric">, params);
      break;
    case "ordering":
      result = gradeOrdering(question, internal as AnswerFor<"ordering">, params);
      break;
    case "scenario-numeric":
      result = gradeScenarioNumeric(question, internal as AnswerFor<"scenario-numeric">, seed, params);
      break;
    case "scenario-choice":
      result = gradeScenarioChoice(question, internal as AnswerFor<"scenario-choice">, seed, params);
      break;
  }
  return withPublicKeys(result, given, keyMap(question, seed).toKey);
}

/** Speaks the attempt's public option keys (what the browser saw) instead of content ids. */
function withPublicKeys(result: GradeResult, given: Answer, toKey: ReadonlyMap<string, string>): GradeResult {
  const key = (id: string) => toKey.get(id) ?? id;
  const expected: Expected = (() => {
    const e = result.expected;
    switch (e.type) {
      case "single":
        return { ...e, optionId: key(e.optionId) };
      case "multi":
      case "scenario-choice":
        return { ...e, optionIds: e.optionIds.map(key) };
      case "ordering":
        return { ...e, order: e.order.map(key) };
      default:
        return e;
    }
  })();
  const evidence: Evidence = (() => {
    const e = result.evidence;
    switch (e.type) {
      case "single":
      case "multi":
        return { ...e, options: e.options.map((o) => ({ ...o, id: key(o.id) })) };
      case "ordering":
        return { ...e, items: e.items.map((i) => ({ ...i, id: key(i.id) })) };
      case "scenario-choice":
        return { ...e, options: e.options.map((o) => ({ ...o, id: key(o.id) })) };
      default:
        return e;
    }
  })();
  return { ...result, expected, given, evidence };
}

function optionFeedback(question: SingleQuestion | MultiQuestion, chosen: ReadonlySet<string>, params: Params): OptionFeedback[] {
  return question.options.map((o) => ({
    id: o.id,
    text: localize(o.text, question, params),
    correct: o.correct,
    chosen: chosen.has(o.id),
    explanation: localize(o.explanation, question, params),
  }));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

function gradeSingle(q: SingleQuestion, given: AnswerFor<"single">, params: Params): GradeResult {
  const right = q.options.find((o) => o.correct)!.id;
  return {
    questionId: q.id,
    correct: given.optionId === right,
    expected: { type: "single", optionId: right },
    given,
    evidence: { type: "single", explanation: localize(q.explanation, q, params), options: optionFeedback(q, new Set([given.optionId]), params) },
  };
}

function gradeMulti(q: MultiQuestion, given: AnswerFor<"multi">, params: Params): GradeResult {
  const right = q.options.filter((o) => o.correct).map((o) => o.id);
  return {
    questionId: q.id,
    correct: sameSet(right, given.optionIds),
    expected: { type: "multi", optionIds: right },
    given,
    evidence: { type: "multi", explanation: localize(q.explanation, q, params), options: optionFeedback(q, new Set(given.optionIds), params) },
  };
}

function gradeTrueFalse(q: TrueFalseQuestion, given: AnswerFor<"true-false">, params: Params): GradeResult {
  return {
    questionId: q.id,
    correct: given.value === q.answer,
    expected: { type: "true-false", value: q.answer },
    given,
    evidence: { type: "true-false", explanation: localize(q.explanation, q, params), statementIsTrue: q.answer },
  };
}

function gradeNumeric(q: NumericQuestion, given: AnswerFor<"numeric">, params: Params): GradeResult {
  const value = evaluateExpr(q.answer, params);
  const accepted = acceptedRange(value, q.tolerance);
  return {
    questionId: q.id,
    correct: withinRange(given.value, accepted),
    expected: { type: "numeric", value, accepted, unit: q.unit },
    given,
    evidence: { type: "numeric", explanation: localize(q.explanation, q, params), value, accepted, unit: q.unit },
  };
}

function gradeOrdering(q: OrderingQuestion, given: AnswerFor<"ordering">, params: Params): GradeResult {
  const order = q.items.map((i) => i.id);
  return {
    questionId: q.id,
    correct: order.every((id, i) => given.order[i] === id),
    expected: { type: "ordering", order },
    given,
    evidence: {
      type: "ordering",
      explanation: localize(q.explanation, q, params),
      items: q.items.map((item, position) => ({
        id: item.id,
        text: localize(item.text, q, params),
        explanation: localize(item.explanation, q, params),
        position,
        givenPosition: given.order.indexOf(item.id),
      })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Scenario questions

function measureEvidence(ref: MeasureRef, measured: MeasureValue): MeasureEvidence {
  return { ...measured, ref, unit: measureUnit(ref), label: measureLabel(ref), sentence: measureSentence(ref, measured.value) };
}

function measureOrThrow(question: Question, run: Extract<ReturnType<typeof runScenario>, { ok: true }>, ref: MeasureRef): MeasureValue {
  try {
    return measure(run.result, ref);
  } catch (error) {
    if (error instanceof MeasureError) throw new QuestionContentError(`question ${question.id}: ${error.message}`);
    throw error;
  }
}

/** The attempt's scenario for a scenario question (template + parameters + seed), as JSON. */
export function attemptScenario(question: ScenarioNumericQuestion | ScenarioChoiceQuestion, attempt: Attempt): Record<string, unknown> {
  return instantiateScenario(question.scenario, attempt.params, attempt.seed);
}

function gradeScenarioNumeric(q: ScenarioNumericQuestion, given: AnswerFor<"scenario-numeric">, seed: number, params: Params): GradeResult {
  const scenario = instantiateScenario(q.scenario, params, seed);
  const run = runScenario(scenario);
  if (!run.ok) {
    throw new QuestionContentError(`question ${q.id}: the scenario is invalid: ${run.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  }
  const measured = measureOrThrow(q, run, q.measure);
  const accepted = acceptedRange(measured.value, q.tolerance);
  const evidence = measureEvidence(q.measure, measured);
  return {
    questionId: q.id,
    correct: withinRange(given.value, accepted),
    expected: {
      type: "scenario-numeric",
      value: measured.value,
      accepted,
      unit: q.unit,
      ...(measured.atSecond !== undefined ? { atSecond: measured.atSecond } : {}),
    },
    given,
    evidence: { type: "scenario-numeric", explanation: localize(q.explanation, q, params), measure: evidence, accepted },
    chart: timelineChartData(run.scenario, run.result, {
      ...(q.measure.function ? { focus: q.measure.function } : {}),
      ...(measured.atSecond !== undefined ? { decidingSecond: measured.atSecond } : {}),
    }),
    scenario,
  };
}

interface EvaluatedOutcome {
  outcome: ChoiceOutcome;
  chart?: TimelineChartData;
}

function evaluateGoal(q: ScenarioChoiceQuestion, scenario: Record<string, unknown>, target: number): EvaluatedOutcome {
  const run = runScenario(scenario);
  if (!run.ok) {
    return { outcome: { valid: false, meetsGoal: false, issues: run.issues, sentence: invalidConfigurationSentence } };
  }
  const measured = measureOrThrow(q, run, q.goal.measure);
  return {
    outcome: { valid: true, meetsGoal: compare(measured.value, q.goal.compare, target), ...measureEvidence(q.goal.measure, measured) },
    chart: timelineChartData(run.scenario, run.result, {
      ...(q.goal.measure.function ? { focus: q.goal.measure.function } : {}),
      ...(measured.atSecond !== undefined ? { decidingSecond: measured.atSecond } : {}),
    }),
  };
}

/** The goal's threshold for this attempt. */
export function goalTarget(q: ScenarioChoiceQuestion, params: Params): number {
  return typeof q.goal.value === "number" ? q.goal.value : resolveParamRef(q.goal.value, params);
}

/**
 * Simulates the scenario with each option applied; the correct options are exactly those whose
 * outcome meets the goal. Exported for tests and for the simulator page's "compare options".
 */
export function evaluateChoiceOptions(q: ScenarioChoiceQuestion, attempt: Attempt) {
  const base = attemptScenario(q, attempt);
  const target = goalTarget(q, attempt.params);
  const baseline = evaluateGoal(q, base, target);
  if (!baseline.outcome.valid) {
    throw new QuestionContentError(
      `question ${q.id}: the base scenario is invalid: ${baseline.outcome.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  }
  const options = q.options.map((option) => {
    let scenario: Record<string, unknown>;
    try {
      scenario = applyPatch(base, option.patch, attempt.params);
    } catch (error) {
      throw new QuestionContentError(`question ${q.id}, option ${option.id}: ${(error as Error).message}`);
    }
    return { option, scenario, ...evaluateGoal(q, scenario, target) };
  });
  return { base, target, baseline, options };
}

function gradeScenarioChoice(q: ScenarioChoiceQuestion, given: AnswerFor<"scenario-choice">, seed: number, params: Params): GradeResult {
  const { base, target, baseline, options } = evaluateChoiceOptions(q, { seed, params });
  const chosen = new Set(given.optionIds);
  const right = options.filter((o) => o.outcome.meetsGoal).map((o) => o.option.id);
  return {
    questionId: q.id,
    correct: sameSet(right, given.optionIds),
    expected: { type: "scenario-choice", optionIds: right },
    given,
    evidence: {
      type: "scenario-choice",
      explanation: localize(q.explanation, q, params),
      goal: { text: goalText(q.goal.measure, q.goal.compare, target), measure: q.goal.measure, compare: q.goal.compare, target },
      baseline: baseline.outcome,
      options: options.map(({ option, scenario, outcome, chart }) => ({
        id: option.id,
        label: localize(option.label, q, params),
        explanation: localize(option.explanation, q, params),
        chosen: chosen.has(option.id),
        correct: outcome.meetsGoal,
        patch: option.patch.map((op) => fillParams(op, params)),
        outcome,
        scenario,
        ...(chart ? { chart } : {}),
      })),
    },
    ...(baseline.chart ? { chart: baseline.chart } : {}),
    scenario: base,
  };
}
