import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import type { FunctionMetrics, SimResult } from "@/lib/sim/types";
import { measureCatalogue, measureNames } from "./catalogue";
import { measure, MeasureError, measures } from "./measures";
import { goalText, measureSentence } from "./text";

function metrics(overrides: Partial<FunctionMetrics> = {}): FunctionMetrics {
  return {
    Invocations: 0,
    Throttles: 0,
    Errors: 0,
    ConcurrentExecutions: 0,
    ColdStarts: 0,
    ProvisionedConcurrencyInvocations: 0,
    ProvisionedConcurrencySpilloverInvocations: 0,
    AsyncEventsReceived: 0,
    AsyncEventsDropped: 0,
    AsyncEventAgeMaxSeconds: 0,
    DeadLetterDeliveries: 0,
    DestinationDeliveries: 0,
    AsyncEventsSucceeded: 0,
    AsyncFailuresByCondition: { RetriesExhausted: 0, EventAgeExceeded: 0 },
    SyncRequests: 0,
    SyncThrottled: 0,
    SyncLatencyMs: { p50: null, p95: null, p99: null },
    ThrottlesByReason: {},
    ByVersion: {},
    ...overrides,
  };
}

function series(values: number[]) {
  return {
    concurrency: values,
    invocations: values,
    throttles: values.map(() => 0),
    coldStarts: values.map(() => 0),
    errors: values.map(() => 0),
    asyncQueueDepth: values,
    provisionedConcurrency: values.map(() => 0),
  };
}

const fake: SimResult = {
  functions: {
    f: metrics({ SyncRequests: 200, SyncThrottled: 50, Throttles: 50, ConcurrentExecutions: 7, ByVersion: { "2": { Invocations: 12 } } }),
    idle: metrics(),
  },
  account: { ConcurrentExecutions: 7, UnreservedConcurrentExecutions: 7, Throttles: 50 },
  timeline: {
    resolutionSeconds: 2,
    seconds: [0, 2, 4, 6, 8],
    functions: { f: series([1, 7, 3, 2, 0]), idle: series([0, 0, 0, 0, 0]) },
    account: { concurrency: [1, 7, 3, 2, 0], unreservedConcurrency: [1, 7, 3, 2, 0], invocations: [0, 0, 0, 0, 0], throttles: [0, 0, 0, 0, 0] },
  },
  events: [
    { timeSeconds: 1.5, function: "f", kind: "throttle", reason: "ReservedFunctionConcurrentInvocationLimitExceeded" },
    { timeSeconds: 0.2, function: "idle", kind: "cold-start" },
  ],
  assumptions: [],
};

describe("measures", () => {
  it("has an implementation, a unit and texts for every catalogued measure", () => {
    for (const name of measureNames) {
      expect(typeof measures[name]).toBe("function");
      expect(measureCatalogue[name].sentence.en).toContain("{value}");
      expect(measureCatalogue[name].sentence.ko).toContain("{value}");
    }
  });

  it("computes shares, maxima and their deciding moments", () => {
    expect(measure(fake, { name: "throttled-share", function: "f" })).toEqual({ value: 25, atSecond: 1.5 });
    expect(measure(fake, { name: "max-concurrency", function: "f" })).toEqual({ value: 7, atSecond: 2 });
    expect(measure(fake, { name: "version-invocations", function: "f", version: "2" })).toEqual({ value: 12 });
    expect(measure(fake, { name: "version-invocations", function: "f", version: "9" })).toEqual({ value: 0 });
    expect(measure(fake, { name: "throttles-by-reason", function: "f", reason: "ScalingRate" })).toEqual({ value: 0 });
  });

  it("puts the queue drain at the end of the last sample that held events (in timeline resolution)", () => {
    expect(measure(fake, { name: "queue-drain-seconds", function: "f" })).toEqual({ value: 8, atSecond: 8 });
    expect(measure(fake, { name: "queue-drain-seconds", function: "idle" })).toEqual({ value: 0 });
  });

  it("reports zero for shares and latencies with no requests, and no moment for zero counts", () => {
    expect(measure(fake, { name: "throttled-share", function: "idle" })).toEqual({ value: 0 });
    expect(measure(fake, { name: "latency-p99", function: "idle" })).toEqual({ value: 0 });
    expect(measure(fake, { name: "cold-starts", function: "idle" })).toEqual({ value: 0 });
  });

  it("names a function the result does not have", () => {
    expect(() => measure(fake, { name: "throttles", function: "nope" })).toThrow(MeasureError);
    expect(() => measure(fake, { name: "throttles", function: "nope" })).toThrow(/no function "nope"/);
  });

  it("agrees with the simulator's own metrics on a real run", () => {
    const result = simulate({
      seed: 1,
      durationSeconds: 20,
      account: { concurrencyLimit: 1000 },
      functions: [{ name: "b", reservedConcurrentExecutions: 10, durationMs: 1000 }],
      traffic: [{ function: "b", invocationType: "RequestResponse", pattern: { kind: "constant", rps: 15 } }],
    });
    expect(measure(result, { name: "sync-throttled", function: "b" }).value).toBe(100);
    expect(measure(result, { name: "max-concurrency", function: "b" }).value).toBe(10);
    expect(measure(result, { name: "cold-starts", function: "b" }).value).toBe(10);
    expect(measure(result, { name: "throttles-by-reason", function: "b", reason: "ReservedFunctionConcurrentInvocationLimitExceeded" }).value).toBe(100);
  });
});

describe("texts", () => {
  it("render measured values and goals in both languages", () => {
    expect(measureSentence({ name: "throttles", function: "B" }, 1240)).toEqual({
      en: "`B` is throttled 1,240 times",
      ko: "`B`이(가) 1,240회 스로틀링됩니다",
    });
    expect(goalText({ name: "latency-p99", function: "A" }, "lt", 500).en).toBe("p99 synchronous latency of `A` < 500 ms");
    expect(goalText({ name: "throttled-share", function: "A" }, "lte", 5).ko).toBe("스로틀링된 `A` 동기 요청의 비율 ≤ 5%");
  });
});
