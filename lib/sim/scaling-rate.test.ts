/**
 * Exact simulated time (issue 8, defect 2) and both halves of the scaling rule (issue 8, defect 1;
 * reference 2.1 and the modelling choices). Numbers are derived by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { constant, lambda, metricsOf, scenario, simulateChecked, syncTraffic } from "./test-helpers";

/** Constant sync traffic on one function; the account is large enough that only the function's limits bind. */
function steady(rps: number, durationMs: number, durationSeconds = 20) {
  return simulateChecked(
    scenario({
      durationSeconds,
      account: { concurrencyLimit: 5000 },
      functions: [lambda("fn", { durationMs })],
      traffic: [syncTraffic("fn", constant(rps))],
    }),
  );
}

describe("exact time: a run ending at t frees its environment for an arrival at t", () => {
  // Little's law (reference 7.1): rps x duration. Arrival i is at floor(i x 1e6 / rps) µs, so
  // arrival i + rps x d is exactly d later and reuses the environment of arrival i, never a new one.
  it.each([
    [20_000, 50, 1_000],
    [3_000, 100, 300],
    [7_000, 30, 210],
    [1_300, 70, 91],
  ])("%i rps x %i ms peaks at exactly %i environments", (rps, durationMs, environments) => {
    const fn = metricsOf(steady(rps, durationMs), "fn");
    expect(fn.ConcurrentExecutions).toBe(environments);
    // Every environment is created once: cold starts equal the peak.
    expect(fn.ColdStarts).toBe(environments);
  });

  it("a duration with a finer fraction than 1 µs is rounded to the nearest µs", () => {
    // 100 rps x 10.0004 ms: rounded to 10,000 µs, the run ends exactly at the next arrival: 1 environment.
    expect(metricsOf(steady(100, 10.0004, 2), "fn").ConcurrentExecutions).toBe(1);
    // 10.0006 ms rounds to 10,001 µs, 1 µs past the next arrival (10,000 µs later): 2 environments.
    expect(metricsOf(steady(100, 10.0006, 2), "fn").ConcurrentExecutions).toBe(2);
  });
});

describe("scaling rate, request-rate half: 10,000 rps of added rate, refilled 1,000 rps per second", () => {
  it("a cold jump to 20,000 rps on a 50 ms function: about 10,000 rps at first, then +1,000 rps each second", () => {
    // 20,000 rps x 50 ms needs only 1,000 environments (the environment budget has exactly that),
    // but every request raises the rate in second 0. Arrivals are 50 µs apart; the budget holds
    // 10,000 tokens = 1e7 µs of refill, a token costs 1,000 µs, so second 0 admits
    // floor((1e7 + 50 x 19,999) / 1,000) = 10,999 and throttles 9,001. Second s then runs its first
    // 10,999 + 1,000(s-1) requests free (the previous second's rate) and buys 1,000 more with the
    // second's refill: 10,999 + 1,000 s admitted, up to 19,999 in second 9 and all 20,000 from second 10.
    // Throttles: sum over s = 0..9 of (20,000 - 10,999 - 1,000 s) = 90,010 - 45,000 = 45,010.
    const result = steady(20_000, 50);
    const fn = metricsOf(result, "fn");
    const invocations = result.timeline.functions.fn!.invocations;
    expect(invocations.slice(0, 11)).toEqual([10_999, 11_999, 12_999, 13_999, 14_999, 15_999, 16_999, 17_999, 18_999, 19_999, 20_000]);
    expect(fn.Throttles).toBe(45_010);
    expect(fn.ThrottlesByReason).toEqual({ FunctionInvocationRateLimitExceeded: 45_010 });
    expect(fn.ConcurrentExecutions).toBe(1_000);
    const throttle = result.events.find((event) => event.kind === "throttle");
    expect(throttle).toMatchObject({ reason: "FunctionInvocationRateLimitExceeded" });
  });

  it("unused budget never accumulates beyond 10,000 rps: a jump after a quiet minute meets the same cap", () => {
    // 12,500 rps (80 µs apart) from second 60 after 60 quiet seconds: the budget is capped at
    // 10,000 tokens. Second 60 admits floor((1e7 + 80 x 12,499) / 1,000) = 10,999, throttles 1,501;
    // second 61 runs 10,999 free and buys floor((920 + 80 x 12,500) / 1,000) = 1,000 more: 11,999,
    // throttles 501; second 62 needs 501 tokens and has them. Total 2,002.
    const result = simulateChecked(
      scenario({
        durationSeconds: 70,
        account: { concurrencyLimit: 5000 },
        functions: [lambda("fn", { durationMs: 50 })],
        traffic: [syncTraffic("fn", constant(12_500, 60))],
      }),
    );
    expect(result.timeline.functions.fn!.invocations.slice(60, 63)).toEqual([10_999, 11_999, 12_500]);
    expect(metricsOf(result, "fn").Throttles).toBe(2_002);
  });

  it("holding the previous second's rate costs nothing: +10,000 rps on a warm 10,000 rps is absorbed", () => {
    // 10,000 rps from second 0 costs floor((1e7 + 100 x 9,999) / 1,000) = 10,999 >= 10,000 tokens:
    // all admitted. At second 20 a second entry adds 10,000 rps: the first 10,000 requests of that
    // second hold the previous rate (free), the next 10,000 spend the full (capped) budget.
    const result = simulateChecked(
      scenario({
        durationSeconds: 22,
        account: { concurrencyLimit: 5000 },
        functions: [lambda("fn", { durationMs: 50 })],
        traffic: [syncTraffic("fn", constant(10_000)), syncTraffic("fn", constant(10_000, 20))],
      }),
    );
    expect(metricsOf(result, "fn").Throttles).toBe(0);
  });

  it("the environment half still binds long functions (ScalingRate), the rate half short ones", () => {
    // 500 rps x 20 s needs 10,000 environments but adds only 500 rps per second: the environment
    // budget (1,000, then 100 per second) binds, never the rate budget.
    const result = simulateChecked(
      scenario({
        durationSeconds: 5,
        account: { concurrencyLimit: 10_000 },
        functions: [lambda("fn", { durationMs: 20_000 })],
        traffic: [syncTraffic("fn", constant(500))],
      }),
    );
    const fn = metricsOf(result, "fn");
    expect(fn.ThrottlesByReason.FunctionInvocationRateLimitExceeded).toBeUndefined();
    // No run ends within 5 s, so every start is a cold start. Arrivals are 2,000 µs apart; the
    // environment budget holds 1,000 tokens = 1e7 µs of refill at 10,000 µs per token, so the 2,500
    // arrivals (the last at 4,998,000 µs) start floor((1e7 + 4,998,000) / 10,000) = 1,499 runs.
    expect(fn.ColdStarts).toBe(1_499);
    expect(fn.ThrottlesByReason).toEqual({ ScalingRate: 1_001 });
  });
});
