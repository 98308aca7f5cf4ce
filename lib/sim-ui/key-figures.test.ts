import { describe, expect, it } from "vitest";
import { getLessons } from "@/lib/content/lessons";
import { simulate } from "@/lib/sim";
import { exampleScenarios, type ExampleId } from "@/lib/sim/examples";
import { getAtPointer } from "./pointer";
import { isWatchableMetric, keyFigures } from "./key-figures";

describe("keyFigures", () => {
  it("gives each watched metric for every function, the focused one first", () => {
    const result = simulate(exampleScenarios.starvation);
    const figures = keyFigures(result, ["Throttles", "ConcurrentExecutions"], "payments");
    expect(figures.map((f) => [f.metric, f.function])).toEqual([
      ["Throttles", "payments"],
      ["Throttles", "catalog-api"],
      ["ConcurrentExecutions", "payments"],
      ["ConcurrentExecutions", "catalog-api"],
    ]);
    expect(figures[0]!.value).toBe(result.functions.payments!.Throttles);
  });

  it("splits ByVersion per version and reads p95 for latency", () => {
    const result = simulate(exampleScenarios["weighted-alias"]);
    const figures = keyFigures(result, ["ByVersion", "SyncLatencyMs"]);
    const fn = result.functions.orders!;
    expect(figures.filter((f) => f.metric === "ByVersion").map((f) => [f.version, f.value])).toEqual(
      Object.entries(fn.ByVersion).map(([version, v]) => [version, v.Invocations]),
    );
    expect(figures.find((f) => f.metric === "SyncLatencyMs")?.value).toBe(fn.SyncLatencyMs.p95);
  });

  it("defaults to DLQ deliveries for async scenarios and caps the count", () => {
    const result = simulate(exampleScenarios["reserved-zero-async"]);
    expect(keyFigures(result, undefined).map((f) => f.metric)).toEqual(["Throttles", "ConcurrentExecutions", "DeadLetterDeliveries"]);
    expect(keyFigures(result, undefined, undefined, 2)).toHaveLength(2);
  });
});

describe("lesson simulator blocks", () => {
  const blocks = getLessons().flatMap((lesson) =>
    lesson.sections.flatMap((section) => section.blocks.filter((block) => block.type === "simulator")),
  );

  it("exist", () => expect(blocks.length).toBeGreaterThan(0));

  it.each(blocks.map((block) => [block.scenarioId, block.parameter.path, block] as const))(
    "%s %s points at a number in range and watches known metrics",
    (_, path, block) => {
      const scenario = exampleScenarios[block.scenarioId as ExampleId];
      expect(scenario).toBeDefined();
      const value = getAtPointer(scenario, path);
      expect(typeof value).toBe("number");
      expect(value as number).toBeGreaterThanOrEqual(block.parameter.min);
      expect(value as number).toBeLessThanOrEqual(block.parameter.max);
      for (const metric of block.watch ?? []) expect(isWatchableMetric(metric), metric).toBe(true);
    },
  );
});
