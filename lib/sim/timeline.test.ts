/** The timeline: one sample per second, fixed memory, pairwise merging for long runs. */
import { describe, expect, it } from "vitest";
import { constant, lambda, scenario, simulateChecked, syncTraffic } from "./test-helpers";
import { FUNCTION_COLUMNS, FunctionColumn, TIMELINE_CAPACITY, TimelineRecorder } from "./timeline";

describe("TimelineRecorder", () => {
  it("merges pairs when full: sums for counts, maxima for levels", () => {
    const recorder = new TimelineRecorder(["f"]);
    const row = new Float64Array(recorder.width);
    for (let second = 0; second < TIMELINE_CAPACITY + 2; second += 1) {
      row.fill(0);
      row[FunctionColumn.invocations] = 1;
      row[FunctionColumn.concurrency] = second % 2 === 0 ? 3 : 7;
      recorder.record(row);
    }
    const timeline = recorder.build();
    expect(timeline.resolutionSeconds).toBe(2);
    expect(timeline.seconds).toHaveLength(TIMELINE_CAPACITY / 2 + 1);
    expect(timeline.seconds.slice(0, 3)).toEqual([0, 2, 4]);
    expect(timeline.functions.f!.invocations.every((n) => n === 2)).toBe(true);
    expect(timeline.functions.f!.concurrency.every((n) => n === 7)).toBe(true);
    expect(FUNCTION_COLUMNS).toBe(Object.keys(timeline.functions.f!).length);
  });
});

describe("result timeline", () => {
  it("has one sample per simulated second, through the drain", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 5,
        functions: [lambda("api", { durationMs: 2500, reservedConcurrentExecutions: 10 })],
        traffic: [syncTraffic("api", constant(4))],
      }),
    );
    const { seconds, functions, account } = result.timeline;
    // Last run starts at 4.75 s and ends at 7.25 s.
    expect(seconds).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(functions.api!.invocations).toEqual([4, 4, 4, 4, 4, 0, 0, 0]);
    expect(functions.api!.concurrency).toEqual([4, 8, 10, 10, 10, 10, 6, 2]);
    expect(functions.api!.throttles.reduce((sum, n) => sum + n, 0)).toBe(result.functions.api!.Throttles);
    expect(account.concurrency).toEqual(functions.api!.concurrency);
    expect(Math.max(...functions.api!.concurrency)).toBe(result.functions.api!.ConcurrentExecutions);
  });

  it("coarsens instead of growing past its capacity", () => {
    const result = simulateChecked(
      scenario({ durationSeconds: 20_000, functions: [lambda("cron")], traffic: [syncTraffic("cron", constant(0.1))] }),
    );
    const { seconds, resolutionSeconds, functions } = result.timeline;
    expect(resolutionSeconds).toBe(4);
    expect(seconds).toHaveLength(5000);
    expect(functions.cron!.invocations.reduce((sum, n) => sum + n, 0)).toBe(2000);
  });
});
