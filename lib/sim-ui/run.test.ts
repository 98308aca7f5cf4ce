import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { exampleScenarios } from "@/lib/sim/examples";
import { runRequestSchema, runSimulation } from "./run";

describe("runSimulation", () => {
  it("returns the simulator's metrics without the timeline, and the chart", () => {
    const scenario = exampleScenarios.starvation;
    const response = runSimulation({ id: 7, scenario, focus: "payments" });
    if (response.status !== "done") throw new Error(`expected a run, got ${response.status}`);
    const full = simulate(scenario);
    expect(response.id).toBe(7);
    expect(response.metrics).not.toHaveProperty("timeline");
    expect({ ...response.metrics, timeline: full.timeline }).toEqual(full);
    expect(response.chart.functions[0]!.name).toBe("payments");
    expect(response.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it("returns validation issues with field paths instead of throwing", () => {
    const response = runSimulation({ id: 1, scenario: { seed: 1 } });
    expect(response.status).toBe("invalid");
    if (response.status !== "invalid") return;
    expect(response.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["durationSeconds", "account", "functions"]));
  });

  it("validates the worker message itself", () => {
    expect(runRequestSchema.safeParse({ id: "x", scenario: {} }).success).toBe(false);
    expect(runRequestSchema.safeParse({ id: 1, scenario: {}, extra: 1 }).success).toBe(false);
  });
});
