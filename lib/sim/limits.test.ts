/** Reserved and account concurrency, request-rate limits and the scaling rate (reference 1-3). */
import { describe, expect, it } from "vitest";
import { burst, constant, lambda, metricsOf, scenario, simulateChecked, syncTraffic } from "./test-helpers";

describe("reserved concurrency", () => {
  it("throttles above R with ReservedFunctionConcurrentInvocationLimitExceeded (100 rps x 1 s, 10 s runs, R = 50)", () => {
    const result = simulateChecked(
      scenario({
        functions: [lambda("orders", { durationMs: 10_000, reservedConcurrentExecutions: 50 })],
        traffic: [syncTraffic("orders", constant(100, 0, 1))],
      }),
    );
    const orders = metricsOf(result, "orders");
    expect(orders.SyncRequests).toBe(100);
    expect(orders.Invocations).toBe(50);
    expect(orders.Throttles).toBe(50);
    expect(orders.SyncThrottled).toBe(50);
    expect(orders.ThrottlesByReason).toEqual({ ReservedFunctionConcurrentInvocationLimitExceeded: 50 });
    expect(orders.ConcurrentExecutions).toBe(50);
    expect(result.account).toEqual({ ConcurrentExecutions: 50, UnreservedConcurrentExecutions: 0, Throttles: 50 });
  });

  it("keeps R for its function: others only get the unreserved pool (limit - sum R)", () => {
    const result = simulateChecked(
      scenario({
        account: { concurrencyLimit: 200 },
        functions: [
          lambda("payments", { durationMs: 10_000, reservedConcurrentExecutions: 100 }),
          lambda("catalog", { durationMs: 10_000 }),
        ],
        traffic: [syncTraffic("catalog", constant(300, 0, 1)), syncTraffic("payments", constant(50, 0, 1))],
      }),
    );
    expect(metricsOf(result, "catalog")).toMatchObject({
      Invocations: 100,
      Throttles: 200,
      ThrottlesByReason: { ConcurrentInvocationLimitExceeded: 200 },
    });
    expect(metricsOf(result, "payments")).toMatchObject({ Invocations: 50, Throttles: 0 });
    expect(result.account.UnreservedConcurrentExecutions).toBe(100);
    expect(result.account.ConcurrentExecutions).toBe(150);
  });

  it("R = 0 throttles every synchronous call", () => {
    const result = simulateChecked(
      scenario({ functions: [lambda("off", { reservedConcurrentExecutions: 0 })], traffic: [syncTraffic("off", constant(10, 0, 1))] }),
    );
    expect(metricsOf(result, "off")).toMatchObject({ Invocations: 0, Throttles: 10, SyncThrottled: 10, ColdStarts: 0 });
  });
});

describe("account concurrency", () => {
  it("throttles above the account limit with ConcurrentInvocationLimitExceeded", () => {
    const result = simulateChecked(
      scenario({
        account: { concurrencyLimit: 100 },
        functions: [lambda("api", { durationMs: 10_000 })],
        traffic: [syncTraffic("api", constant(200, 0, 1))],
      }),
    );
    expect(metricsOf(result, "api")).toMatchObject({
      Invocations: 100,
      Throttles: 100,
      ThrottlesByReason: { ConcurrentInvocationLimitExceeded: 100 },
      ConcurrentExecutions: 100,
    });
    expect(result.account.UnreservedConcurrentExecutions).toBe(100);
  });

  it("shares the unreserved pool: a noisy function starves a quiet one", () => {
    const result = simulateChecked(
      scenario({
        account: { concurrencyLimit: 100 },
        functions: [lambda("noisy", { durationMs: 10_000 }), lambda("quiet", { durationMs: 10_000 })],
        traffic: [syncTraffic("noisy", constant(100, 0, 1)), syncTraffic("quiet", constant(10, 2, 3))],
      }),
    );
    expect(metricsOf(result, "noisy").Invocations).toBe(100);
    expect(metricsOf(result, "quiet")).toMatchObject({ Invocations: 0, Throttles: 10 });
  });
});

describe("request-rate limits (10 x concurrency per second)", () => {
  it("caps the account at 10 x its limit invocations per second: FunctionInvocationRateLimitExceeded", () => {
    const result = simulateChecked(
      scenario({
        account: { concurrencyLimit: 100 },
        functions: [lambda("ping", { durationMs: 1 })],
        traffic: [syncTraffic("ping", constant(2000, 0, 2))],
      }),
    );
    expect(metricsOf(result, "ping")).toMatchObject({
      Invocations: 2000,
      Throttles: 2000,
      ThrottlesByReason: { FunctionInvocationRateLimitExceeded: 2000 },
    });
    expect(metricsOf(result, "ping").ConcurrentExecutions).toBeLessThan(5);
  });

  it("caps a function with R at 10 x R per second: a 2 ms function throttles far below its concurrency", () => {
    const result = simulateChecked(
      scenario({
        functions: [lambda("token", { durationMs: 2, reservedConcurrentExecutions: 10 })],
        traffic: [syncTraffic("token", constant(500))],
      }),
    );
    expect(metricsOf(result, "token")).toMatchObject({
      SyncRequests: 5000,
      Invocations: 1000,
      ThrottlesByReason: { ReservedFunctionInvocationRateLimitExceeded: 4000 },
      ConcurrentExecutions: 1,
    });
    expect(result.timeline.functions.token!.invocations.slice(0, 10)).toEqual(Array(10).fill(100));
  });
});

describe("scaling rate (1,000 new environments per 10 s per function)", () => {
  it("admits 1,000 new environments at once, then refills 100 per second (ScalingRate)", () => {
    const result = simulateChecked(
      scenario({
        account: { concurrencyLimit: 10_000 },
        functions: [lambda("sale", { durationMs: 100_000 })],
        traffic: [syncTraffic("sale", burst(1500, 0)), syncTraffic("sale", burst(500, 2))],
      }),
    );
    expect(metricsOf(result, "sale")).toMatchObject({
      Invocations: 1200,
      ColdStarts: 1200,
      Throttles: 800,
      ThrottlesByReason: { ScalingRate: 800 },
    });
    const throttle = result.events.find((event) => event.kind === "throttle");
    expect(throttle).toMatchObject({ timeSeconds: 0, reason: "ScalingRate" });
  });

  it("scales each function independently", () => {
    const result = simulateChecked(
      scenario({
        account: { concurrencyLimit: 10_000 },
        functions: [lambda("a", { durationMs: 5000 }), lambda("b", { durationMs: 5000 })],
        traffic: [syncTraffic("a", burst(1000)), syncTraffic("b", burst(1000))],
      }),
    );
    expect(metricsOf(result, "a").Throttles + metricsOf(result, "b").Throttles).toBe(0);
    expect(result.account.ConcurrentExecutions).toBe(2000);
  });

  it("costs no token to reuse a warm environment", () => {
    const result = simulateChecked(
      scenario({
        account: { concurrencyLimit: 10_000 },
        functions: [lambda("warm", { durationMs: 500 })],
        traffic: [syncTraffic("warm", burst(1000, 0)), syncTraffic("warm", burst(1000, 1))],
      }),
    );
    expect(metricsOf(result, "warm")).toMatchObject({ Invocations: 2000, ColdStarts: 1000, Throttles: 0 });
  });
});

describe("synchronous semantics", () => {
  it("counts function errors without retrying (a sync error is still HTTP 200)", () => {
    const result = simulateChecked(
      scenario({ functions: [lambda("flaky", { errorRate: 1 })], traffic: [syncTraffic("flaky", constant(10, 0, 1))] }),
    );
    expect(metricsOf(result, "flaky")).toMatchObject({ SyncRequests: 10, Invocations: 10, Errors: 10, Throttles: 0 });
  });

  it("reports latency as init + duration for cold starts and duration for warm runs", () => {
    const result = simulateChecked(
      scenario({
        functions: [lambda("api", { durationMs: 100, initDurationMs: 200 })],
        traffic: [syncTraffic("api", constant(1))],
      }),
    );
    // Ten runs: one cold (300 ms), nine warm (100 ms); nearest-rank percentiles.
    expect(metricsOf(result, "api").SyncLatencyMs).toEqual({ p50: 100, p95: 300, p99: 300 });
  });

  it("treats the source label as a label only", () => {
    const base = scenario({ functions: [lambda("api", { reservedConcurrentExecutions: 5, durationMs: 1000 })], traffic: [] });
    const viaAlb = simulateChecked({ ...base, traffic: [{ ...syncTraffic("api", constant(20)), source: "alb" }] });
    const viaSdk = simulateChecked({ ...base, traffic: [{ ...syncTraffic("api", constant(20)), source: "sdk" }] });
    expect(viaAlb.functions).toEqual(viaSdk.functions);
  });
});
