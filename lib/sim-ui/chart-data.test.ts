import { describe, expect, expectTypeOf, it } from "vitest";
import type { ChartData } from "@/lib/quiz";
import { simulate } from "@/lib/sim";
import { exampleScenarios } from "@/lib/sim/examples";
import type { Scenario, SimResult } from "@/lib/sim/types";
import { chartRows, mergeSamples, MAX_CHART_POINTS, summarizeChart, timelineChartData, timeTicks, type TimelineChartData } from "./chart-data";

describe("mergeSamples", () => {
  it("keeps the maximum of levels and the sum of counts", () => {
    expect(mergeSamples([1, 9, 2, 3, 0], 2, "max")).toEqual([9, 3, 0]);
    expect(mergeSamples([1, 9, 2, 3, 0], 2, "sum")).toEqual([10, 5, 0]);
  });
  it("returns a copy when nothing needs merging", () => {
    const series = [1, 2];
    const merged = mergeSamples(series, 1, "max");
    expect(merged).toEqual(series);
    expect(merged).not.toBe(series);
  });
});

describe("timelineChartData", () => {
  const scenario = exampleScenarios["provisioned-target-tracking"];
  const result = simulate(scenario);

  it("downsamples a long run to at most MAX_CHART_POINTS without losing peaks or counts", () => {
    expect(result.timeline.seconds.length).toBeGreaterThan(MAX_CHART_POINTS);
    const data = timelineChartData(scenario, result);
    const name = scenario.functions[0]!.name;
    const series = result.timeline.functions[name]!;
    const fn = data.functions[0]!;
    expect(data.seconds.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(fn.concurrency).toHaveLength(data.seconds.length);
    expect(Math.max(...fn.concurrency)).toBe(Math.max(...series.concurrency));
    expect(Math.max(...fn.provisionedConcurrency)).toBe(Math.max(...series.provisionedConcurrency));
    expect(fn.coldStarts.reduce((a, b) => a + b, 0)).toBe(result.functions[name]!.ColdStarts);
    expect(data.resolutionSeconds).toBe(result.timeline.resolutionSeconds * Math.ceil(result.timeline.seconds.length / MAX_CHART_POINTS));
  });

  it("sums throttles to the simulated total and states the limits", () => {
    const starvation = exampleScenarios.starvation;
    const run = simulate(starvation);
    const data = timelineChartData(starvation, run, { maxPoints: 7 });
    expect(data.seconds.length).toBeLessThanOrEqual(7);
    const summary = summarizeChart(data);
    for (const fn of summary) expect(fn.throttles).toBe(run.functions[fn.name]!.Throttles);
    expect(data.account.throttles.reduce((a, b) => a + b, 0)).toBe(run.account.Throttles);
    expect(data.accountLimit).toBe(1000);
    expect(data.unreservedLimit).toBe(1000);
    const protectedRun = exampleScenarios["reserved-protects"];
    const reserved = protectedRun.functions.reduce((sum, fn) => sum + (fn.reservedConcurrentExecutions ?? 0), 0);
    expect(reserved).toBeGreaterThan(0);
    expect(timelineChartData(protectedRun, simulate(protectedRun)).unreservedLimit).toBe(1000 - reserved);
  });

  it("puts the focused function first and marks the deciding second", () => {
    const starvation = exampleScenarios.starvation;
    const data = timelineChartData(starvation, simulate(starvation), { focus: "payments", decidingSecond: 12 });
    expect(data.functions.map((fn) => fn.name)).toEqual(["payments", "catalog-api"]);
    expect(data.markers[0]).toEqual({ atSecond: 12, kind: "decision", function: "payments" });
    expect(data.decidingSecond).toBe(12);
  });

  it("reports the first throttle's sample and one chart row per sample", () => {
    const scenario = exampleScenarios["scaling-rate"];
    const run = simulate(scenario);
    const data = timelineChartData(scenario, run);
    const rows = chartRows(data);
    expect(rows).toHaveLength(data.seconds.length);
    const [summary] = summarizeChart(data);
    const firstEvent = run.events.find((e) => e.kind === "throttle");
    expect(firstEvent).toBeDefined();
    expect(summary!.firstThrottleSecond).toBe(Math.floor(firstEvent!.timeSeconds));
    expect(rows.reduce((sum, row) => sum + row.throttles, 0)).toBe(run.account.Throttles);
  });

  it("merges a long synthetic timeline to exact samples: maxima for levels, sums for counts, a partial last sample", () => {
    const n = MAX_CHART_POINTS * 3 + 1;
    const filled = (value: (i: number) => number) => Array.from({ length: n }, (_, i) => value(i));
    const long = {
      functions: {},
      account: { ConcurrentExecutions: 4, UnreservedConcurrentExecutions: 4, Throttles: 2 * n },
      timeline: {
        resolutionSeconds: 1,
        seconds: filled((i) => i),
        functions: {
          f: {
            concurrency: filled((i) => i % 5),
            invocations: filled((i) => i % 5),
            throttles: filled(() => 1),
            coldStarts: filled(() => 0),
            errors: filled(() => 0),
            asyncQueueDepth: filled((i) => i % 5),
            provisionedConcurrency: filled(() => 0),
          },
        },
        account: { concurrency: filled(() => 3), unreservedConcurrency: [], invocations: [], throttles: filled(() => 2) },
      },
      events: [
        { timeSeconds: 1.5, function: "f", kind: "throttle", reason: "ReservedFunctionConcurrentInvocationLimitExceeded" },
        { timeSeconds: 0.2, function: "f", kind: "cold-start" },
      ],
    } as unknown as SimResult;
    const scenario = {
      seed: 0,
      durationSeconds: n,
      account: { concurrencyLimit: 1000 },
      functions: [{ name: "f", reservedConcurrentExecutions: 100 }],
      traffic: [],
    } as unknown as Scenario;
    const chart = timelineChartData(scenario, long, { focus: "f", decidingSecond: 12 });
    expect(chart.seconds.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(chart.resolutionSeconds).toBe(4);
    expect(chart.functions[0]!.throttles[0]).toBe(4);
    expect(chart.functions[0]!.concurrency[0]).toBe(3);
    expect(chart.account.throttles[0]).toBe(8);
    expect(chart.unreservedLimit).toBe(900);
    expect(chart.functions[0]!.reservedConcurrency).toBe(100);
    expect(chart.markers[0]).toEqual({ atSecond: 12, kind: "decision", function: "f" });
  });

  it("accepts the quiz's compact chart as it is", () => {
    expectTypeOf<ChartData>().toExtend<TimelineChartData>();
  });
});

describe("timeTicks", () => {
  it("spreads round ticks over the axis", () => {
    expect(timeTicks(242)).toEqual([0, 50, 100, 150, 200]);
    expect(timeTicks(32)).toEqual([0, 10, 20, 30]);
    expect(timeTicks(146)).toEqual([0, 50, 100]);
    expect(timeTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(timeTicks(0)).toEqual([0]);
  });
});
