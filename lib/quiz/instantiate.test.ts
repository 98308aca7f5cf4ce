import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyPatch,
  checkParameters,
  drawParameters,
  extremeParameters,
  fillParams,
  instantiateScenario,
  InvalidAttemptError,
  parameterValues,
  PatchError,
  renderParams,
} from "./instantiate";
import { createRng, hashString, shuffled } from "./prng";
import { questionSchema, type Question } from "./schema";

const question: Question = questionSchema.parse({
  id: "draw-test",
  type: "numeric",
  lesson: "concurrency-throttling",
  topic: "throttling",
  domain: "resilient-cloud-solutions",
  style: "recall",
  prompt: { en: "At {param:rps} rps with weight {param:weight}?", ko: "{param:rps} rps, 가중치 {param:weight}?" },
  explanation: { en: "Because.", ko: "왜냐하면." },
  params: {
    rps: { min: 50, max: 500, step: 50 },
    weight: { min: 0.05, max: 0.3, step: 0.05, format: "percent" },
  },
  answer: { op: "mul", args: [{ $param: "rps" }, { $param: "weight" }] },
  unit: "count",
});

describe("seeded random numbers", () => {
  it("repeat for the same seed and differ between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("shuffle is a permutation and leaves its input alone", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffled(input, createRng(hashString("x")));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("drawParameters", () => {
  it("is deterministic per seed and question, and stays on the declared grid", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const params = drawParameters(question, seed);
        expect(drawParameters(question, seed)).toEqual(params);
        expect(() => checkParameters(question, params)).not.toThrow();
        expect(parameterValues(question.type === "numeric" ? question.params.rps! : ({} as never))).toContain(params.rps);
      }),
      { numRuns: 200 },
    );
  });

  it("reaches every value of a range over many seeds", () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 400; seed += 1) seen.add(drawParameters(question, seed).rps!);
    expect([...seen].sort((a, b) => a - b)).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 500]);
  });

  it("gives clean decimals (no 0.15000000000000002)", () => {
    expect(parameterValues({ min: 0.05, max: 0.3, step: 0.05, format: "number" })).toEqual([0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
  });

  it("exposes the extreme draws", () => {
    expect(extremeParameters(question, "min")).toEqual({ rps: 50, weight: 0.05 });
    expect(extremeParameters(question, "max")).toEqual({ rps: 500, weight: 0.3 });
  });
});

describe("checkParameters", () => {
  it("rejects missing, unknown, off-grid and out-of-range values", () => {
    expect(() => checkParameters(question, { rps: 100 })).toThrow(InvalidAttemptError);
    expect(() => checkParameters(question, { rps: 100, weight: 0.1, extra: 1 })).toThrow(/unknown parameter "extra"/);
    expect(() => checkParameters(question, { rps: 120, weight: 0.1 })).toThrow(/not one of 50..500 step 50/);
    expect(() => checkParameters(question, { rps: 550, weight: 0.1 })).toThrow(InvalidAttemptError);
    expect(() => checkParameters(question, { rps: 100, weight: 0.15 })).not.toThrow();
  });
});

describe("instantiateScenario", () => {
  it("fills placeholders (with times and plus), keeps everything else and sets the seed", () => {
    const template = {
      durationSeconds: { $param: "gap", plus: 10 },
      functions: [{ name: "f", reservedConcurrentExecutions: { $param: "r" }, versions: ["1"] }],
      traffic: [{ pattern: { kind: "constant", rps: { $param: "r", times: 2 } } }],
    };
    const scenario = instantiateScenario(template, { gap: 300, r: 25 }, 7);
    expect(scenario).toEqual({
      seed: 7,
      durationSeconds: 310,
      functions: [{ name: "f", reservedConcurrentExecutions: 25, versions: ["1"] }],
      traffic: [{ pattern: { kind: "constant", rps: 50 } }],
    });
    expect(template.durationSeconds).toEqual({ $param: "gap", plus: 10 });
  });

  it("refuses a placeholder without a value", () => {
    expect(() => fillParams({ a: { $param: "missing" } }, {})).toThrow(InvalidAttemptError);
  });
});

describe("applyPatch", () => {
  const base = {
    account: { concurrencyLimit: 1000 },
    functions: [
      { name: "A", durationMs: 100 },
      { name: "B", durationMs: 200, reservedConcurrentExecutions: 10, provisionedConcurrency: [{ qualifier: "live", provisionedConcurrentExecutions: 5 }] },
    ],
    traffic: [{ function: "A", qualifier: "$LATEST" }],
  };

  it("sets by key=value selector and by index without touching the input", () => {
    const out = applyPatch(base, [
      { op: "set", path: "functions/name=B/reservedConcurrentExecutions", value: 50 },
      { op: "set", path: "traffic/0/qualifier", value: "live" },
      { op: "set", path: "functions/name=B/provisionedConcurrency/qualifier=live/provisionedConcurrentExecutions", value: { $param: "pc" } },
    ], { pc: 40 });
    expect(out.functions).toMatchObject([{ name: "A" }, { name: "B", reservedConcurrentExecutions: 50, provisionedConcurrency: [{ provisionedConcurrentExecutions: 40 }] }]);
    expect(out.traffic).toEqual([{ function: "A", qualifier: "live" }]);
    expect(base.functions[1]!.reservedConcurrentExecutions).toBe(10);
    expect(base.traffic[0]!.qualifier).toBe("$LATEST");
  });

  it("appends with '-', creating missing arrays and objects on the way", () => {
    const out = applyPatch(base, [
      { op: "set", path: "functions/name=A/provisionedConcurrency/-", value: { qualifier: "live", provisionedConcurrentExecutions: 3 } },
      { op: "set", path: "functions/name=A/asyncInvokeConfig/onFailure", value: "dlq" },
    ]);
    expect(out.functions).toMatchObject([
      { name: "A", provisionedConcurrency: [{ qualifier: "live", provisionedConcurrentExecutions: 3 }], asyncInvokeConfig: { onFailure: "dlq" } },
      { name: "B" },
    ]);
  });

  it("removes keys and array elements", () => {
    const out = applyPatch(base, [
      { op: "remove", path: "functions/name=B/reservedConcurrentExecutions" },
      { op: "remove", path: "functions/name=B/provisionedConcurrency/qualifier=live" },
    ]);
    expect(out.functions).toEqual([
      { name: "A", durationMs: 100 },
      { name: "B", durationMs: 200, provisionedConcurrency: [] },
    ]);
  });

  it("names the path when a selector matches nothing", () => {
    expect(() => applyPatch(base, [{ op: "set", path: "functions/name=C/durationMs", value: 1 }])).toThrow(PatchError);
    expect(() => applyPatch(base, [{ op: "set", path: "functions/name=C/durationMs", value: 1 }])).toThrow(/functions\/name=C\/durationMs/);
    expect(() => applyPatch(base, [{ op: "remove", path: "account/missing" }])).toThrow(/nothing to remove/);
  });
});

describe("renderParams", () => {
  it("formats numbers for the locale and fractions declared as percent", () => {
    const params = { rps: 1500, weight: 0.15 };
    expect(renderParams(question.prompt.en, question, params, "en")).toBe("At 1,500 rps with weight 15%?");
    expect(renderParams(question.prompt.ko, question, params, "ko")).toBe("1,500 rps, 가중치 15%?");
  });
});
