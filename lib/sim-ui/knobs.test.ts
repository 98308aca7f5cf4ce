import { describe, expect, it } from "vitest";
import { exampleScenarios } from "@/lib/sim/examples";
import { applyKnob, scenarioKnobs } from "./knobs";
import { getAtPointer } from "./pointer";

describe("scenario knobs", () => {
  it("lists the account limit and each function's knobs with their traffic", () => {
    const groups = scenarioKnobs(exampleScenarios["provisioned-with-reserved"]);
    expect(groups[0]!.knobs.map((k) => [k.kind, k.value])).toEqual([["accountLimit", 1000]]);
    expect(groups[1]!.function).toBe("checkout");
    expect(groups[1]!.knobs.map((k) => [k.kind, k.value])).toEqual([
      ["reserved", 20],
      ["provisioned", 20],
      ["duration", 500],
      ["init", 1000],
      ["rps", 100],
      ["rps", 5],
    ]);
    const paths = groups.flatMap((g) => g.knobs.map((k) => k.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("leaves duration distributions and unsized patterns to the JSON editor", () => {
    const [, fn] = scenarioKnobs(exampleScenarios["cold-starts"]);
    expect(fn!.knobs.map((k) => k.kind)).toEqual(["reserved", "init"]);
  });

  it("shows an unreserved function as empty, and clearing removes the field", () => {
    const scenario = exampleScenarios.starvation;
    const reserved = scenarioKnobs(scenario)[1]!.knobs[0]!;
    expect(reserved).toMatchObject({ kind: "reserved", value: null, optional: true });
    const set = applyKnob(scenario, reserved, 200);
    expect(getAtPointer(set, reserved.path)).toBe(200);
    const cleared = JSON.parse(JSON.stringify(applyKnob(set, reserved, null)));
    expect(cleared.functions[0]).not.toHaveProperty("reservedConcurrentExecutions");
    expect(() => applyKnob(scenario, { path: "/account/concurrencyLimit", optional: false }, null)).toThrow(/empty/);
  });

  it("copes with JSON that is not a scenario", () => {
    expect(scenarioKnobs("nonsense")).toEqual([{ knobs: [expect.objectContaining({ kind: "accountLimit", value: null })] }]);
    expect(scenarioKnobs({ functions: [{}], traffic: [{ function: 3 }] })[1]!.function).toBe("#1");
  });
});
