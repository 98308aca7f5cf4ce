/** Asynchronous invocation: the internal queue, throttle backoff, error retries, age, failure handling (reference 4). */
import { describe, expect, it } from "vitest";
import { asyncTraffic, burst, constant, lambda, metricsOf, scenario, simulateChecked } from "./test-helpers";
import { simulateWithProbe } from "./simulate";

describe("reserved concurrency 0", () => {
  it("sends every async event straight to the DLQ: no invocations, no retries", () => {
    const result = simulateChecked(
      scenario({
        functions: [lambda("audit", { reservedConcurrentExecutions: 0, asyncInvokeConfig: { onFailure: "dlq" } })],
        traffic: [asyncTraffic("audit", constant(20))],
      }),
    );
    expect(metricsOf(result, "audit")).toMatchObject({
      AsyncEventsReceived: 200,
      Invocations: 0,
      Throttles: 200,
      AsyncEventsDropped: 200,
      DeadLetterDeliveries: 200,
      DestinationDeliveries: 0,
      AsyncEventsSucceeded: 0,
      AsyncFailuresByCondition: { RetriesExhausted: 200, EventAgeExceeded: 0 },
    });
    expect(result.timeline.functions.audit!.asyncQueueDepth.every((depth) => depth === 0)).toBe(true);
    expect(result.events.find((event) => event.kind === "dead-letter-delivery")).toMatchObject({ timeSeconds: 0 });
  });

  it("uses the on-failure destination when configured, and drops events when neither is", () => {
    const run = (onFailure: "destination" | "none") =>
      metricsOf(
        simulateChecked(
          scenario({
            functions: [lambda("f", { reservedConcurrentExecutions: 0, asyncInvokeConfig: { onFailure } })],
            traffic: [asyncTraffic("f", burst(7))],
          }),
        ),
        "f",
      );
    expect(run("destination")).toMatchObject({ AsyncEventsDropped: 7, DestinationDeliveries: 7, DeadLetterDeliveries: 0 });
    expect(run("none")).toMatchObject({ AsyncEventsDropped: 7, DestinationDeliveries: 0, DeadLetterDeliveries: 0 });
  });
});

describe("throttled async events", () => {
  it("retries with exponential backoff (about 1, 2, 4, 8 s) until concurrency frees up", () => {
    // R = 1 and 10 s runs: the second event is throttled at 0, ~1, ~3 and ~7 s and runs at ~15 s.
    const result = simulateChecked(
      scenario({
        functions: [lambda("worker", { durationMs: 10_000, reservedConcurrentExecutions: 1 })],
        traffic: [asyncTraffic("worker", burst(2))],
      }),
    );
    const worker = metricsOf(result, "worker");
    expect(worker).toMatchObject({ Invocations: 2, Throttles: 4, AsyncEventsSucceeded: 2, AsyncEventsDropped: 0 });
    expect(worker.AsyncEventAgeMaxSeconds).toBeGreaterThanOrEqual(0.9 * 15);
    expect(worker.AsyncEventAgeMaxSeconds).toBeLessThanOrEqual(15);
    expect(Math.max(...result.timeline.functions.worker!.asyncQueueDepth)).toBe(1);
  });

  it("retries throttles caused by the account limit too", () => {
    const result = simulateChecked(
      scenario({
        account: { concurrencyLimit: 1 },
        functions: [lambda("worker", { durationMs: 2000 })],
        traffic: [asyncTraffic("worker", burst(3))],
      }),
    );
    expect(metricsOf(result, "worker")).toMatchObject({
      Invocations: 3,
      AsyncEventsSucceeded: 3,
      ThrottlesByReason: { ConcurrentInvocationLimitExceeded: metricsOf(result, "worker").Throttles },
    });
  });

  it("gives up when the event age runs out: EventAgeExceeded at exactly the maximum age", () => {
    const result = simulateChecked(
      scenario({
        functions: [
          lambda("slow", {
            durationMs: 100_000,
            reservedConcurrentExecutions: 1,
            asyncInvokeConfig: { maximumEventAgeInSeconds: 60, onFailure: "destination" },
          }),
        ],
        traffic: [asyncTraffic("slow", burst(2))],
      }),
    );
    expect(metricsOf(result, "slow")).toMatchObject({
      Invocations: 1,
      AsyncEventsSucceeded: 1,
      AsyncEventsDropped: 1,
      DestinationDeliveries: 1,
      AsyncFailuresByCondition: { RetriesExhausted: 0, EventAgeExceeded: 1 },
    });
    expect(result.events.find((event) => event.kind === "destination-delivery")).toMatchObject({
      timeSeconds: 60,
      condition: "EventAgeExceeded",
    });
  });

  it("expires events queued at fractional milliseconds (a retry clamped to the expiry is expired)", () => {
    // Six arrivals from 4 s, 166.67 ms apart; only the first runs. For the one queued at
    // 4833.33 ms, (4833.33 + 61000) - 4833.33 rounds below 61000.
    const result = simulateChecked(
      scenario({
        functions: [
          lambda("slow", { durationMs: 200_000, reservedConcurrentExecutions: 1, asyncInvokeConfig: { maximumEventAgeInSeconds: 61 } }),
        ],
        traffic: [asyncTraffic("slow", constant(6, 4, 5))],
      }),
    );
    expect(metricsOf(result, "slow").AsyncFailuresByCondition).toEqual({ RetriesExhausted: 0, EventAgeExceeded: 5 });
  });
});

describe("function errors on async events", () => {
  const failing = (asyncInvokeConfig: object) =>
    simulateChecked(
      scenario({
        functions: [lambda("mailer", { durationMs: 1000, errorRate: 1, asyncInvokeConfig: { onFailure: "dlq", ...asyncInvokeConfig } })],
        traffic: [asyncTraffic("mailer", burst(1))],
      }),
    );

  it("retries twice, about 60 s and 120 s after each failure, then RetriesExhausted", () => {
    const result = failing({});
    expect(metricsOf(result, "mailer")).toMatchObject({
      Invocations: 3,
      Errors: 3,
      Throttles: 0,
      DeadLetterDeliveries: 1,
      AsyncFailuresByCondition: { RetriesExhausted: 1, EventAgeExceeded: 0 },
      // The last run starts at 1 + 60 + 1 + 120 = 182 s.
      AsyncEventAgeMaxSeconds: 182,
    });
    expect(result.events.find((event) => event.kind === "dead-letter-delivery")).toMatchObject({ timeSeconds: 183 });
    expect(result.timeline.functions.mailer!.errors.reduce((sum, n) => sum + n, 0)).toBe(3);
  });

  it("honours maximumRetryAttempts = 0", () => {
    expect(metricsOf(failing({ maximumRetryAttempts: 0 }), "mailer")).toMatchObject({ Invocations: 1, DeadLetterDeliveries: 1 });
  });

  it("stops retrying at the maximum event age", () => {
    const result = failing({ maximumEventAgeInSeconds: 100 });
    expect(metricsOf(result, "mailer")).toMatchObject({
      Invocations: 2,
      AsyncFailuresByCondition: { RetriesExhausted: 0, EventAgeExceeded: 1 },
    });
    expect(result.events.find((event) => event.kind === "dead-letter-delivery")).toMatchObject({ timeSeconds: 100 });
  });

  it("counts a succeeded retry once as succeeded, never as dropped", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 60,
        functions: [lambda("half", { errorRate: 0.5, asyncInvokeConfig: { onFailure: "destination" } })],
        traffic: [asyncTraffic("half", constant(10))],
      }),
    );
    const half = metricsOf(result, "half");
    expect(half.AsyncEventsSucceeded + half.AsyncEventsDropped).toBe(600);
    expect(half.AsyncEventsDropped).toBe(half.DestinationDeliveries);
    expect(half.Invocations).toBe(half.AsyncEventsSucceeded + half.Errors);
    // With p = 0.5 per run, about one event in eight fails three times.
    expect(half.AsyncEventsDropped).toBeGreaterThan(40);
    expect(half.AsyncEventsDropped).toBeLessThan(115);
  });
});

describe("bounded cost of async retries (issue 8, defect 3)", () => {
  it("handles far fewer events than attempts: a step's retries of a throttled batch cost O(1)", () => {
    // 20,000 events against R = 1 and 10 s runs: at most 0.1 events/s run, so almost every event
    // is retried about 80 times (1 + 2 + ... + 256 s, then every ~300 s) over the 6-hour age:
    // over a million throttled attempts. Event by event that is a million queue events; batched it
    // is the arrivals, one expiry timer per event, runs and a few per batch step.
    let handled = 0;
    const result = simulateWithProbe(
      scenario({
        durationSeconds: 1,
        functions: [lambda("slow", { durationMs: 10_000, reservedConcurrentExecutions: 1, asyncInvokeConfig: { onFailure: "dlq" } })],
        traffic: [asyncTraffic("slow", burst(20_000))],
      }),
      () => {
        handled += 1;
      },
    );
    const slow = metricsOf(result, "slow");
    expect(slow.Throttles).toBeGreaterThan(1_000_000);
    expect(handled).toBeLessThan(100_000);
    // Conservation: every event succeeded once or went to the DLQ once, by age.
    expect(slow.AsyncEventsSucceeded + slow.DeadLetterDeliveries).toBe(20_000);
    expect(slow.AsyncFailuresByCondition).toEqual({ RetriesExhausted: 0, EventAgeExceeded: slow.DeadLetterDeliveries });
    // 6 h at one 10 s run at a time: at most 21,600 / 10 = 2,160 runs.
    expect(slow.Invocations).toBeLessThanOrEqual(2_160);
    expect(slow.Invocations).toBeGreaterThan(2_000);
  });
});
