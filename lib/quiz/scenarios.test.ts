/**
 * The scenario questions of the bank against the simulator: every template instantiates to a valid
 * scenario across its parameter ranges, the grader accepts exactly the simulated figure within the
 * tolerance, and every scenario-choice question discriminates (its correct set is what simulating each
 * option says, never empty and never every option).
 */
import { describe, expect, it } from "vitest";
import { simulate, validateScenario } from "@/lib/sim";
import { MAX_CHART_POINTS } from "@/lib/sim-ui/chart-data";
import { getQuestions } from "./bank";
import { compare } from "./catalogue";
import { acceptedRange, evaluateChoiceOptions, goalTarget, gradeAnswer, type Attempt } from "./grade";
import { applyPatch, drawParameters, extremeParameters, instantiateScenario } from "./instantiate";
import { publicKey } from "./keys";
import { measure } from "./measures";
import type { ScenarioChoiceQuestion, ScenarioNumericQuestion } from "./schema";

const numericQuestions = getQuestions({ type: "scenario-numeric" }) as ScenarioNumericQuestion[];
const choiceQuestions = getQuestions({ type: "scenario-choice" }) as ScenarioChoiceQuestion[];
const allScenario = [...numericQuestions, ...choiceQuestions];

/** min, max and a few seeded draws */
function attempts(q: ScenarioNumericQuestion | ScenarioChoiceQuestion, randomSeeds: number[]): [string, Attempt][] {
  return [
    ["min", { seed: 1, params: extremeParameters(q, "min") }],
    ["max", { seed: 2, params: extremeParameters(q, "max") }],
    ...randomSeeds.map((seed): [string, Attempt] => [`seed ${seed}`, { seed, params: drawParameters(q, seed) }]),
  ];
}

describe("scenario templates", () => {
  it.each(allScenario.map((q) => [q.id, q] as const))("%s instantiates to a valid scenario for min, max and random draws", (_, q) => {
    for (const [label, attempt] of attempts(q, [3, 17, 101, 4242, 99991])) {
      const result = validateScenario(instantiateScenario(q.scenario, attempt.params, attempt.seed));
      expect(result.ok ? [] : result.issues, `${q.id} ${label}`).toEqual([]);
    }
  });

  it.each(choiceQuestions.map((q) => [q.id, q] as const))("%s: every option's patch applies to the scenario", (_, q) => {
    for (const [label, attempt] of attempts(q, [5])) {
      const base = instantiateScenario(q.scenario, attempt.params, attempt.seed);
      for (const option of q.options) {
        expect(() => applyPatch(base, option.patch, attempt.params), `${q.id} ${option.id} ${label}`).not.toThrow();
      }
    }
  });
});

describe("scenario-numeric grading", () => {
  it.each(numericQuestions.map((q) => [q.id, q] as const))("%s accepts exactly the simulated answer within tolerance", (_, q) => {
    for (const [label, attempt] of attempts(q, [7, 1234])) {
      // The figure, computed independently of the grader.
      const scenario = validateScenario(instantiateScenario(q.scenario, attempt.params, attempt.seed));
      if (!scenario.ok) throw new Error(`${q.id} ${label}: invalid scenario`);
      const simulated = measure(simulate(scenario.scenario), q.measure);
      const range = acceptedRange(simulated.value, q.tolerance);
      const grade = (value: number) => gradeAnswer(q, { type: "scenario-numeric", value }, attempt);

      const exact = grade(simulated.value);
      expect(exact.correct, `${q.id} ${label}`).toBe(true);
      expect(exact.expected).toMatchObject({ type: "scenario-numeric", value: simulated.value, accepted: range });
      expect(grade(range.min).correct, `${q.id} ${label} at the lower edge`).toBe(true);
      expect(grade(range.max).correct, `${q.id} ${label} at the upper edge`).toBe(true);
      const beyond = Math.max(1e-6, Math.abs(simulated.value) * 1e-6);
      expect(grade(range.min - beyond - 0.001).correct, `${q.id} ${label} just below`).toBe(false);
      expect(grade(range.max + beyond + 0.001).correct, `${q.id} ${label} just above`).toBe(false);

      // The chart carries the deciding moment and stays compact.
      expect(exact.chart).toBeDefined();
      const chart = exact.chart!;
      expect(chart.seconds.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
      // A function's measure puts that function first; account-wide measures keep the scenario's order.
      if (q.measure.function) expect(chart.functions[0]!.name).toBe(q.measure.function);
      for (const series of chart.functions) expect(series.concurrency.length).toBe(chart.seconds.length);
      if (simulated.atSecond !== undefined) {
        expect(chart.decidingSecond).toBe(simulated.atSecond);
        expect(chart.markers[0]).toMatchObject({ kind: "decision", atSecond: simulated.atSecond });
      }
      expect(exact.scenario).toEqual(instantiateScenario(q.scenario, attempt.params, attempt.seed));
    }
  });
});

describe("scenario-choice grading", () => {
  it.each(choiceQuestions.map((q) => [q.id, q] as const))(
    "%s: the correct set is exactly the options whose simulation meets the goal, and it discriminates",
    (_, q) => {
      for (const [label, attempt] of attempts(q, [11, 2024])) {
        const base = instantiateScenario(q.scenario, attempt.params, attempt.seed);
        const target = goalTarget(q, attempt.params);
        // Independently: simulate each option and test the goal.
        const meets = q.options
          .filter((option) => {
            const validated = validateScenario(applyPatch(base, option.patch, attempt.params));
            if (!validated.ok) return false;
            return compare(measure(simulate(validated.scenario), q.goal.measure).value, q.goal.compare, target);
          })
          .map((o) => o.id);
        expect(meets.length, `${q.id} ${label}: no option meets the goal`).toBeGreaterThan(0);
        expect(meets.length, `${q.id} ${label}: every option meets the goal`).toBeLessThan(q.options.length);

        const key = (id: string) => publicKey(q, attempt.seed, id);
        const meetKeys = meets.map(key);
        const right = gradeAnswer(q, { type: "scenario-choice", optionIds: meetKeys }, attempt);
        expect(right.correct, `${q.id} ${label}`).toBe(true);
        expect(right.expected).toEqual({ type: "scenario-choice", optionIds: meetKeys });
        // One option too many, or one too few, is wrong.
        const extra = key(q.options.find((o) => !meets.includes(o.id))!.id);
        expect(gradeAnswer(q, { type: "scenario-choice", optionIds: [...meetKeys, extra] }, attempt).correct).toBe(false);
        expect(gradeAnswer(q, { type: "scenario-choice", optionIds: meetKeys.slice(1) }, attempt).correct).toBe(false);

        // Each option carries its own evidence.
        const evidence = right.evidence;
        if (evidence.type !== "scenario-choice") throw new Error("wrong evidence type");
        expect(evidence.options.map((o) => o.id)).toEqual(q.options.map((o) => key(o.id)));
        for (const option of evidence.options) {
          expect(option.correct).toBe(meetKeys.includes(option.id));
          expect(option.outcome.sentence.en.length).toBeGreaterThan(0);
          expect(option.outcome.sentence.ko.length).toBeGreaterThan(0);
          if (!option.outcome.valid) expect(option.outcome.issues.length).toBeGreaterThan(0);
          else expect(option.chart).toBeDefined();
        }
        expect(right.chart).toBeDefined();
        expect(evaluateChoiceOptions(q, attempt).baseline.outcome.valid).toBe(true);
      }
    },
  );
});
