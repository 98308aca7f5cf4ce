/**
 * Property tests over random small scenarios: conservation, metric consistency, limits at every
 * instant, determinism, and monotonicity of throttles in reserved concurrency.
 * Scenario sizes and run counts are kept small so the whole file runs in a few seconds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createArrivalSource } from "./arrivals";
import { foldSeed } from "./random";
import { simulate } from "./simulate";
import { simulateChecked } from "./test-helpers";
import type { ScenarioInput, SimResult, TrafficPattern } from "./types";
import { validateScenario } from "./validate";

type FunctionInput = ScenarioInput["functions"][number];
type TrafficInput = ScenarioInput["traffic"][number];

const sum = (values: readonly number[]) => values.reduce((total, n) => total + n, 0);

function patternArbitrary(durationSeconds: number): fc.Arbitrary<TrafficPattern> {
  const window = fc
    .tuple(fc.integer({ min: 0, max: durationSeconds - 1 }), fc.integer({ min: 1, max: durationSeconds }))
    .map(([start, length]) => ({ startSecond: start, endSecond: Math.min(durationSeconds, start + length) }));
  const rate = fc.double({ min: 0.5, max: 40, noNaN: true });
  return fc.oneof(
    fc.tuple(rate, window).map(([rps, w]) => ({ kind: "constant" as const, rps, ...w })),
    fc.tuple(rate, window).map(([rps, w]) => ({ kind: "poisson" as const, rps, ...w })),
    fc.tuple(rate, rate, window).map(([fromRps, toRps, w]) => ({ kind: "ramp" as const, fromRps, toRps, ...w })),
    fc
      .uniqueArray(fc.integer({ min: 0, max: durationSeconds - 1 }), { minLength: 1, maxLength: 3 })
      .chain((seconds) =>
        fc.tuple(fc.constant([...seconds].sort((x, y) => x - y)), fc.array(rate, { minLength: seconds.length, maxLength: seconds.length })),
      )
      .map(([seconds, rates]) => ({
        kind: "steps" as const,
        steps: seconds.map((atSecond, i) => ({ atSecond, rps: rates[i]! })),
      })),
    fc
      .tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: durationSeconds - 1 }))
      .map(([count, atSecond]) => ({ kind: "burst" as const, count, atSecond })),
  );
}

const durationArbitrary: fc.Arbitrary<FunctionInput["durationMs"]> = fc.oneof(
  fc.integer({ min: 1, max: 3000 }),
  fc
    .tuple(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 0, max: 1500 }))
    .map(([minMs, extra]) => ({ distribution: "uniform" as const, minMs, maxMs: minMs + extra })),
  fc
    .tuple(fc.integer({ min: 1, max: 800 }), fc.double({ min: 1, max: 5, noNaN: true }))
    .map(([medianMs, factor]) => ({ distribution: "lognormal" as const, medianMs, p95Ms: medianMs * factor })),
);

/** A function, valid by construction: provisioned concurrency never exceeds R. */
function functionArbitrary(name: string): fc.Arbitrary<FunctionInput> {
  return fc
    .record({
      reserved: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      durationMs: durationArbitrary,
      initDurationMs: fc.integer({ min: 0, max: 1500 }),
      idleTimeoutSeconds: fc.integer({ min: 0, max: 30 }),
      errorRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.6, noNaN: true })),
      weight: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      provisioned: fc.option(
        fc.record({
          initial: fc.integer({ min: 1, max: 10 }),
          scheduled: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 15 })), { nil: undefined }),
          tracking: fc.option(fc.double({ min: 0.2, max: 0.9, noNaN: true }), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      retries: fc.integer({ min: 0, max: 2 }),
      age: fc.integer({ min: 60, max: 300 }),
      onFailure: fc.constantFrom("dlq" as const, "destination" as const, "none" as const),
    })
    .map((f) => {
      const cap = (n: number) => (f.reserved === undefined ? n : Math.min(n, f.reserved));
      const provisioned = f.provisioned && cap(f.provisioned.initial) >= 1 ? f.provisioned : undefined;
      return {
        name,
        ...(f.reserved === undefined ? {} : { reservedConcurrentExecutions: f.reserved }),
        durationMs: f.durationMs,
        initDurationMs: f.initDurationMs,
        idleTimeoutSeconds: f.idleTimeoutSeconds,
        errorRate: f.errorRate,
        versions: ["1", "2"],
        aliases: [
          { name: "live", functionVersion: "1", ...(f.weight === undefined ? {} : { additionalVersionWeights: { "2": f.weight } }) },
        ],
        provisionedConcurrency: provisioned
          ? [
              {
                qualifier: "live",
                provisionedConcurrentExecutions: cap(provisioned.initial),
                schedule: provisioned.scheduled
                  ? [{ atSecond: provisioned.scheduled[0], provisionedConcurrentExecutions: Math.max(1, cap(provisioned.scheduled[1])) }]
                  : [],
                ...(provisioned.tracking === undefined
                  ? {}
                  : { targetTracking: { targetUtilization: provisioned.tracking, min: 1, max: Math.max(1, cap(20)) } }),
              },
            ]
          : [],
        asyncInvokeConfig: { maximumRetryAttempts: f.retries, maximumEventAgeInSeconds: f.age, onFailure: f.onFailure },
      };
    });
}

/** Each function gets one invocation type, so sync and async conservation can be told apart. */
const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    seed: fc.integer(),
    durationSeconds: fc.integer({ min: 2, max: 40 }),
    limit: fc.integer({ min: 120, max: 1000 }),
    count: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ seed, durationSeconds, limit, count }) => {
    const names = Array.from({ length: count }, (_, i) => `fn-${i}`);
    const traffic = fc.tuple(
      ...names.map((name) =>
        fc
          .tuple(
            fc.constantFrom("RequestResponse" as const, "Event" as const),
            fc.array(fc.tuple(fc.constantFrom("$LATEST", "1", "live"), patternArbitrary(durationSeconds)), { minLength: 1, maxLength: 2 }),
          )
          .map(([invocationType, entries]) =>
            entries.map(([qualifier, pattern]): TrafficInput => ({ function: name, qualifier, invocationType, pattern })),
          ),
      ),
    );
    return fc.record({
      seed: fc.constant(seed),
      durationSeconds: fc.constant(durationSeconds),
      account: fc.constant({ concurrencyLimit: limit }),
      functions: fc.tuple(...names.map(functionArbitrary)),
      traffic: traffic.map((perFunction) => perFunction.flat()),
    });
  })
  .filter((input) => validateScenario(input).ok);

/** Requests the traffic offers per function, counted with the simulator's own arrival generator. */
function offered(input: ScenarioInput): Map<string, number> {
  const validated = validateScenario(input);
  if (!validated.ok) throw new Error("invalid");
  const counts = new Map<string, number>();
  validated.scenario.traffic.forEach((entry, t) => {
    const source = createArrivalSource(entry.pattern, validated.scenario.durationSeconds, foldSeed(validated.scenario.seed), t);
    let n = 0;
    while (source.next() >= 0) n += 1;
    counts.set(entry.function, (counts.get(entry.function) ?? 0) + n);
  });
  return counts;
}

function checkConsistency(input: ScenarioInput, result: SimResult): void {
  const offers = offered(input);
  const reservedTotal = sum(input.functions.map((fn) => fn.reservedConcurrentExecutions ?? 0));
  for (const fn of input.functions) {
    const m = result.functions[fn.name]!;
    const series = result.timeline.functions[fn.name]!;
    const isAsync = input.traffic.some((entry) => entry.function === fn.name && entry.invocationType === "Event");
    expect(m.Throttles).toBe(sum(Object.values(m.ThrottlesByReason)));
    expect(sum(Object.values(m.ByVersion).map((v) => v.Invocations))).toBe(m.Invocations);
    expect(m.ProvisionedConcurrencyInvocations + m.ColdStarts).toBeLessThanOrEqual(m.Invocations);
    expect(m.ProvisionedConcurrencySpilloverInvocations).toBeLessThanOrEqual(m.Invocations - m.ProvisionedConcurrencyInvocations);
    expect(m.Errors).toBeLessThanOrEqual(m.Invocations);
    if (isAsync) {
      // Every async event ends exactly once: succeeded or dropped (DLQ, destination or discarded).
      expect(m.AsyncEventsReceived).toBe(offers.get(fn.name) ?? 0);
      expect(m.AsyncEventsSucceeded + m.AsyncEventsDropped).toBe(m.AsyncEventsReceived);
      expect(m.AsyncFailuresByCondition.RetriesExhausted + m.AsyncFailuresByCondition.EventAgeExceeded).toBe(m.AsyncEventsDropped);
      const onFailure = fn.asyncInvokeConfig?.onFailure ?? "none";
      expect(m.DeadLetterDeliveries).toBe(onFailure === "dlq" ? m.AsyncEventsDropped : 0);
      expect(m.DestinationDeliveries).toBe(onFailure === "destination" ? m.AsyncEventsDropped : 0);
      // Each run either succeeds (ending its event) or fails with a function error.
      expect(m.Invocations).toBe(m.AsyncEventsSucceeded + m.Errors);
      expect(m.AsyncEventAgeMaxSeconds).toBeLessThanOrEqual(fn.asyncInvokeConfig!.maximumEventAgeInSeconds!);
    } else {
      // Every offered sync request is invoked or throttled, never retried.
      expect(m.SyncRequests).toBe(offers.get(fn.name) ?? 0);
      expect(m.Invocations + m.SyncThrottled).toBe(m.SyncRequests);
      expect(m.Throttles).toBe(m.SyncThrottled);
    }
    expect(sum(series.invocations)).toBe(m.Invocations);
    expect(sum(series.throttles)).toBe(m.Throttles);
    expect(sum(series.coldStarts)).toBe(m.ColdStarts);
    expect(sum(series.errors)).toBe(m.Errors);
    expect(Math.max(0, ...series.concurrency)).toBe(m.ConcurrentExecutions);
    if (fn.reservedConcurrentExecutions !== undefined) {
      expect(m.ConcurrentExecutions).toBeLessThanOrEqual(fn.reservedConcurrentExecutions);
    }
  }
  const account = result.account;
  expect(account.Throttles).toBe(sum(Object.values(result.functions).map((m) => m.Throttles)));
  expect(account.ConcurrentExecutions).toBeLessThanOrEqual(input.account.concurrencyLimit);
  expect(account.UnreservedConcurrentExecutions).toBeLessThanOrEqual(input.account.concurrencyLimit - reservedTotal);
  expect(Math.max(0, ...result.timeline.account.concurrency)).toBe(account.ConcurrentExecutions);
  expect(Math.max(0, ...result.timeline.account.unreservedConcurrency)).toBe(account.UnreservedConcurrentExecutions);
}

describe("simulator properties", () => {
  it("conserves requests and events, keeps metrics consistent and never exceeds a limit at any instant", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (input) => {
        checkConsistency(input, simulateChecked(input));
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic: the same scenario and seed give the same result, also after a JSON round trip", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (input) => {
        expect(simulate(JSON.parse(JSON.stringify(input)))).toEqual(simulate(input));
      }),
      { numRuns: 20 },
    );
  });

  it("scales by both budgets: a second adds at most 11,000 on-demand starts, and exact time keeps Little's law", () => {
    // Request-rate half: a second may hold the previous second's rate and add the budget (at most
    // 10,000 tokens) plus its refill (1,000): at most 11,000 more starts than the second before.
    // With durations and spacing in whole µs, a steady whole-rps load never needs more than
    // ceil(rps x duration) environments (no drift creating an extra one).
    const jump = fc.record({
      rps: fc.integer({ min: 2_000, max: 25_000 }),
      durationMs: fc.integer({ min: 1, max: 120 }),
      startSecond: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(jump, ({ rps, durationMs, startSecond }) => {
        const input: ScenarioInput = {
          seed: 1,
          durationSeconds: 8,
          account: { concurrencyLimit: 10_000 },
          functions: [{ name: "fn", durationMs }],
          traffic: [{ function: "fn", invocationType: "RequestResponse", pattern: { kind: "constant", rps, startSecond } }],
        };
        const result = simulateChecked(input);
        const invocations = result.timeline.functions.fn!.invocations;
        invocations.forEach((n, s) => expect(n - (invocations[s - 1] ?? 0)).toBeLessThanOrEqual(11_000));
        expect(result.functions.fn!.ConcurrentExecutions).toBeLessThanOrEqual(Math.ceil((rps * durationMs) / 1000));
      }),
      { numRuns: 12 },
    );
  });

  it("never throttles a lone function more when its reserved concurrency is raised (sync traffic)", () => {
    const lone = fc
      .record({
        scenario: scenarioArbitrary.map((input) => ({
          ...input,
          functions: [{ ...input.functions[0]!, provisionedConcurrency: [] }],
          traffic: input.traffic
            .filter((entry) => entry.function === input.functions[0]!.name)
            .map((entry) => ({ ...entry, invocationType: "RequestResponse" as const })),
        })),
        lower: fc.integer({ min: 0, max: 20 }),
        extra: fc.integer({ min: 1, max: 20 }),
      })
      .filter(({ scenario, lower, extra }) => lower + extra <= scenario.account.concurrencyLimit - 100);
    fc.assert(
      fc.property(lone, ({ scenario, lower, extra }) => {
        const throttles = (reserved: number) => {
          const input = { ...scenario, functions: [{ ...scenario.functions[0]!, reservedConcurrentExecutions: reserved }] };
          return simulate(input).functions[scenario.functions[0]!.name]!.Throttles;
        };
        expect(throttles(lower + extra)).toBeLessThanOrEqual(throttles(lower));
      }),
      { numRuns: 80 },
    );
  });
});

