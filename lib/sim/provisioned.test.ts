/** Provisioned concurrency: spillover, R caps, $LATEST, allocation delay, schedules, target tracking (reference 5). */
import { describe, expect, it } from "vitest";
import { ProvisionedPool } from "./provisioned";
import { constant, lambda, metricsOf, scenario, simulateChecked, syncTraffic } from "./test-helpers";
import type { ScenarioInput, SimEvent } from "./types";

type ProvisionedInput = NonNullable<ScenarioInput["functions"][number]["provisionedConcurrency"]>[number];

function withProvisioned(provisioned: ProvisionedInput, settings: object = {}) {
  return lambda("checkout", {
    durationMs: 1000,
    versions: ["1"],
    aliases: [{ name: "live", functionVersion: "1" }],
    provisionedConcurrency: [provisioned],
    ...settings,
  });
}

const changes = (events: SimEvent[]) =>
  events
    .filter((event) => event.kind.startsWith("provisioned-concurrency"))
    .map((event) => [event.timeSeconds, event.kind, event.provisionedConcurrentExecutions]);

describe("serving from provisioned concurrency", () => {
  it("spills over to on-demand above PC when there is no R", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 5,
        functions: [withProvisioned({ qualifier: "live", provisionedConcurrentExecutions: 10 })],
        traffic: [syncTraffic("checkout", constant(20), "live")],
      }),
    );
    expect(metricsOf(result, "checkout")).toMatchObject({
      Invocations: 100,
      ProvisionedConcurrencyInvocations: 50,
      ProvisionedConcurrencySpilloverInvocations: 50,
      ColdStarts: 10,
      Throttles: 0,
    });
    expect(result.events.find((event) => event.kind === "spillover")).toMatchObject({ timeSeconds: 0.5, qualifier: "live" });
  });

  it("throttles above PC when PC = R, and $LATEST gets nothing", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 5,
        functions: [withProvisioned({ qualifier: "live", provisionedConcurrentExecutions: 10 }, { reservedConcurrentExecutions: 10 })],
        traffic: [syncTraffic("checkout", constant(20), "live"), syncTraffic("checkout", constant(1))],
      }),
    );
    expect(metricsOf(result, "checkout")).toMatchObject({
      Invocations: 50,
      ProvisionedConcurrencyInvocations: 50,
      ProvisionedConcurrencySpilloverInvocations: 0,
      ColdStarts: 0,
      Throttles: 55,
      ThrottlesByReason: { ReservedFunctionConcurrentInvocationLimitExceeded: 55 },
      ByVersion: { "1": { Invocations: 50 } },
    });
  });

  it("lets on-demand use R - PC above the provisioned environments", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 5,
        functions: [withProvisioned({ qualifier: "live", provisionedConcurrentExecutions: 10 }, { reservedConcurrentExecutions: 15 })],
        traffic: [syncTraffic("checkout", constant(20), "live")],
      }),
    );
    expect(metricsOf(result, "checkout")).toMatchObject({
      ProvisionedConcurrencyInvocations: 50,
      ProvisionedConcurrencySpilloverInvocations: 25,
      Throttles: 25,
      ConcurrentExecutions: 15,
    });
  });

  it("serves at most 10 requests per second per provisioned environment; the rest spill over", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 1,
        functions: [withProvisioned({ qualifier: "live", provisionedConcurrentExecutions: 1 }, { durationMs: 1 })],
        traffic: [syncTraffic("checkout", constant(20), "live")],
      }),
    );
    expect(metricsOf(result, "checkout")).toMatchObject({
      ProvisionedConcurrencyInvocations: 10,
      ProvisionedConcurrencySpilloverInvocations: 10,
      ColdStarts: 1,
    });
  });

  it("with PC = R, a short function throttled by the request rate gets the rate Reason, not the concurrency one", () => {
    // R = PC = 10 allows 10 x 10 = 100 requests/s; a 2 ms function never has more than one run
    // busy, so the concurrency limit is not what refuses the other 400 requests/s.
    const result = simulateChecked(
      scenario({
        durationSeconds: 2,
        functions: [withProvisioned({ qualifier: "live", provisionedConcurrentExecutions: 10 }, { reservedConcurrentExecutions: 10, durationMs: 2 })],
        traffic: [syncTraffic("checkout", constant(500), "live")],
      }),
    );
    expect(metricsOf(result, "checkout")).toMatchObject({
      Invocations: 200,
      ProvisionedConcurrencyInvocations: 200,
      ConcurrentExecutions: 1,
      Throttles: 800,
      ThrottlesByReason: { ReservedFunctionInvocationRateLimitExceeded: 800 },
    });
  });

  it("never serves $LATEST from provisioned environments", () => {
    const result = simulateChecked(
      scenario({
        functions: [withProvisioned({ qualifier: "live", provisionedConcurrentExecutions: 5 })],
        traffic: [syncTraffic("checkout", constant(1))],
      }),
    );
    expect(metricsOf(result, "checkout")).toMatchObject({
      ProvisionedConcurrencyInvocations: 0,
      ProvisionedConcurrencySpilloverInvocations: 0,
      ColdStarts: 1,
    });
  });

  it("serves a version's calls from provisioned concurrency configured on an alias to it", () => {
    const result = simulateChecked(
      scenario({
        functions: [withProvisioned({ qualifier: "live", provisionedConcurrentExecutions: 5 })],
        traffic: [syncTraffic("checkout", constant(1), "1")],
      }),
    );
    expect(metricsOf(result, "checkout")).toMatchObject({ ProvisionedConcurrencyInvocations: 10, ColdStarts: 0 });
  });

  it("splits a weighted alias's provisioned concurrency between its versions by weight", () => {
    const pool = new ProvisionedPool(0, "live", [1, 2], 0.3, 10, undefined);
    expect([pool.readyIn(0), pool.readyIn(1)]).toEqual([7, 3]);
    expect([pool.slotOf(1), pool.slotOf(2), pool.slotOf(0)]).toEqual([0, 1, -1]);
  });
});

describe("provisioned concurrency changes", () => {
  it("applies a scheduled increase after the 90 s delay plus allocation at 6,000 per minute", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 200,
        functions: [
          withProvisioned({
            qualifier: "live",
            provisionedConcurrentExecutions: 10,
            schedule: [{ atSecond: 60, provisionedConcurrentExecutions: 50 }],
          }),
        ],
        traffic: [syncTraffic("checkout", constant(1), "live")],
      }),
    );
    expect(changes(result.events)).toEqual([
      [60, "provisioned-concurrency-requested", 50],
      [150.4, "provisioned-concurrency-ready", 50],
    ]);
    const series = result.timeline.functions.checkout!.provisionedConcurrency;
    expect([series[0], series[149], series[150], series[151]]).toEqual([10, 10, 50, 50]);
  });

  it("takes a minute to allocate 6,000 environments", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 200,
        account: { concurrencyLimit: 20_000 },
        functions: [
          withProvisioned({
            qualifier: "live",
            provisionedConcurrentExecutions: 100,
            schedule: [{ atSecond: 0, provisionedConcurrentExecutions: 6100 }],
          }),
        ],
        traffic: [],
      }),
    );
    expect(changes(result.events)[1]).toEqual([150, "provisioned-concurrency-ready", 6100]);
  });

  it("queues the allocations of one function's configurations behind each other", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 200,
        account: { concurrencyLimit: 20_000 },
        functions: [
          lambda("checkout", {
            versions: ["1", "2"],
            provisionedConcurrency: ["1", "2"].map((qualifier) => ({
              qualifier,
              provisionedConcurrentExecutions: 1,
              schedule: [{ atSecond: 0, provisionedConcurrentExecutions: 3001 }],
            })),
          }),
        ],
        traffic: [],
      }),
    );
    expect(changes(result.events).filter(([, kind]) => kind === "provisioned-concurrency-ready")).toEqual([
      [120, "provisioned-concurrency-ready", 3001],
      [150, "provisioned-concurrency-ready", 3001],
    ]);
  });

  it("counts a requested increase against R at once, before it serves", () => {
    // R = 60, PC 10 -> 50 at 30 s: on-demand room drops from 50 to 10 at 30 s, though PC 50 serves only at ~120.4 s.
    const result = simulateChecked(
      scenario({
        durationSeconds: 100,
        functions: [
          withProvisioned(
            { qualifier: "live", provisionedConcurrentExecutions: 10, schedule: [{ atSecond: 30, provisionedConcurrentExecutions: 50 }] },
            { reservedConcurrentExecutions: 60 },
          ),
        ],
        traffic: [syncTraffic("checkout", constant(30))],
      }),
    );
    const throttles = result.timeline.functions.checkout!.throttles;
    expect(throttles.slice(0, 30).every((n) => n === 0)).toBe(true);
    expect(throttles.slice(31, 100).every((n) => n === 20)).toBe(true);
  });

  it("target tracking scales out by ceil(PC x utilisation / target) after 3 minutes above target", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 600,
        functions: [
          withProvisioned({
            qualifier: "live",
            provisionedConcurrentExecutions: 10,
            targetTracking: { targetUtilization: 0.7, min: 1, max: 100 },
          }),
        ],
        traffic: [syncTraffic("checkout", constant(100), "live")],
      }),
    );
    // Utilisation stays 1 (100 busy > PC): 10 -> ceil(10 / 0.7) = 15 -> ceil(15 / 0.7) = 22.
    expect(changes(result.events)).toEqual([
      [180, "provisioned-concurrency-requested", 15],
      [270.05, "provisioned-concurrency-ready", 15],
      [480, "provisioned-concurrency-requested", 22],
      [570.07, "provisioned-concurrency-ready", 22],
    ]);
  });

  it("target tracking scales in below 90% of the target, to no less than min", () => {
    const run = (min: number) =>
      simulateChecked(
        scenario({
          durationSeconds: 300,
          functions: [
            withProvisioned({
              qualifier: "live",
              provisionedConcurrentExecutions: 20,
              targetTracking: { targetUtilization: 0.7, min, max: 50 },
            }),
          ],
          traffic: [syncTraffic("checkout", constant(1), "live")],
        }),
      );
    // One busy of 20 = 0.05 utilisation: ceil(20 x 0.05 / 0.7) = 2, applied after 90 s.
    expect(changes(run(1).events)).toEqual([
      [180, "provisioned-concurrency-requested", 2],
      [270, "provisioned-concurrency-ready", 2],
    ]);
    expect(changes(run(5).events)[0]).toEqual([180, "provisioned-concurrency-requested", 5]);
  });

  it("brings a capacity outside [min, max] inside at the first minute", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 61,
        functions: [
          withProvisioned({
            qualifier: "live",
            provisionedConcurrentExecutions: 3,
            targetTracking: { targetUtilization: 0.7, min: 5, max: 10 },
          }),
        ],
        traffic: [],
      }),
    );
    expect(changes(result.events)).toEqual([[60, "provisioned-concurrency-requested", 5]]);
  });

  it("a scheduled action under target tracking raises the minimum capacity", () => {
    const result = simulateChecked(
      scenario({
        durationSeconds: 40,
        functions: [
          withProvisioned({
            qualifier: "live",
            provisionedConcurrentExecutions: 5,
            schedule: [{ atSecond: 30, provisionedConcurrentExecutions: 40 }],
            targetTracking: { targetUtilization: 0.7, min: 1, max: 10 },
          }),
        ],
        traffic: [],
      }),
    );
    expect(changes(result.events)).toEqual([[30, "provisioned-concurrency-requested", 40]]);
  });
});
