/** Cold starts, Init time, warm reuse and idle reclaim (reference 6). */
import { describe, expect, it } from "vitest";
import { burst, constant, lambda, metricsOf, scenario, simulateChecked, syncTraffic } from "./test-helpers";

describe("cold starts", () => {
  it("cold-starts once and then reuses the warm environment", () => {
    const result = simulateChecked(
      scenario({ functions: [lambda("api", { initDurationMs: 200 })], traffic: [syncTraffic("api", constant(1))] }),
    );
    expect(metricsOf(result, "api")).toMatchObject({ Invocations: 10, ColdStarts: 1 });
    expect(result.timeline.functions.api!.coldStarts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("reclaims an environment idle for idleTimeoutSeconds, so the next request cold-starts again", () => {
    const run = (idleTimeoutSeconds: number) =>
      simulateChecked(
        scenario({
          durationSeconds: 20,
          functions: [lambda("api", { initDurationMs: 200, idleTimeoutSeconds })],
          traffic: [syncTraffic("api", burst(1, 0)), syncTraffic("api", burst(1, 10))],
        }),
      );
    const reclaimed = run(5);
    expect(metricsOf(reclaimed, "api").ColdStarts).toBe(2);
    // Idle since 0.3 s (200 ms init + 100 ms run), reclaimed 5 s later.
    expect(reclaimed.events.find((event) => event.kind === "idle-reclaim")).toMatchObject({ timeSeconds: 5.3 });
    const kept = run(10);
    expect(metricsOf(kept, "api").ColdStarts).toBe(1);
    expect(kept.events.some((event) => event.kind === "idle-reclaim")).toBe(false);
  });

  it("holds concurrency during Init: a request during another's cold start needs its own environment", () => {
    const result = simulateChecked(
      scenario({
        functions: [lambda("api", { durationMs: 500, initDurationMs: 500, reservedConcurrentExecutions: 1 })],
        traffic: [syncTraffic("api", burst(1, 0)), syncTraffic("api", burst(1, 0.9)), syncTraffic("api", burst(1, 1))],
      }),
    );
    // 0 s: cold start until 1.0 s; 0.9 s: throttled (R = 1 busy); 1.0 s: reuses the freed environment.
    expect(metricsOf(result, "api")).toMatchObject({ Invocations: 2, ColdStarts: 1, Throttles: 1 });
  });

  it("keeps environments per version: $LATEST and version 1 each cold-start", () => {
    const result = simulateChecked(
      scenario({
        functions: [lambda("api", { versions: ["1"] })],
        traffic: [syncTraffic("api", constant(1)), syncTraffic("api", constant(1), "1")],
      }),
    );
    expect(metricsOf(result, "api")).toMatchObject({
      Invocations: 20,
      ColdStarts: 2,
      ByVersion: { $LATEST: { Invocations: 10 }, "1": { Invocations: 10 } },
    });
  });

  it("never cold-starts more environments than R allows at once", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 60,
        functions: [lambda("efs", { durationMs: 1000, initDurationMs: 2000, reservedConcurrentExecutions: 50 })],
        traffic: [syncTraffic("efs", constant(200))],
      }),
    );
    expect(metricsOf(result, "efs")).toMatchObject({ ColdStarts: 50, ConcurrentExecutions: 50 });
  });
});
