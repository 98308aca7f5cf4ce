/** Every example is valid, and shows what its lesson says it shows. */
import { describe, expect, it } from "vitest";
import { simulate } from "../index";
import type { SimResult } from "../types";
import { exampleIds, exampleScenarios, type ExampleId } from "./index";

const results = new Map<ExampleId, SimResult>();
function run(id: ExampleId): SimResult {
  let result = results.get(id);
  if (!result) {
    result = simulate(exampleScenarios[id]);
    results.set(id, result);
  }
  return result;
}
const metrics = (id: ExampleId, fn: string) => run(id).functions[fn]!;
const changes = (id: ExampleId) =>
  run(id)
    .events.filter((event) => event.kind.startsWith("provisioned-concurrency"))
    .map((event) => [event.timeSeconds, event.provisionedConcurrentExecutions]);

describe("example scenarios", () => {
  it("covers the lesson topics other parts of the app link to", () => {
    expect(exampleIds).toEqual(
      expect.arrayContaining([
        "starvation",
        "reserved-protects",
        "reserved-zero-async",
        "async-throttle-retries",
        "async-function-errors",
        "cold-starts",
        "provisioned-spillover",
        "provisioned-with-reserved",
        "provisioned-schedule",
        "provisioned-target-tracking",
        "weighted-alias",
        "rate-limit-short-functions",
        "scaling-rate",
        "efs-connection-cap",
      ]),
    );
  });

  it("starvation: a function without R takes the account pool and the other one is throttled", () => {
    expect(metrics("starvation", "catalog-api").ConcurrentExecutions).toBe(1000);
    expect(metrics("starvation", "payments").ThrottlesByReason.ConcurrentInvocationLimitExceeded).toBeGreaterThan(100);
  });

  it("reserved-protects: with R the victim is never throttled and the noisy function is capped at limit - R", () => {
    expect(metrics("reserved-protects", "payments").Throttles).toBe(0);
    expect(metrics("reserved-protects", "catalog-api").ConcurrentExecutions).toBe(900);
  });

  it("reserved-zero-async: every event goes to the DLQ without running", () => {
    const audit = metrics("reserved-zero-async", "audit-log");
    expect(audit.Invocations).toBe(0);
    expect(audit.DeadLetterDeliveries).toBe(audit.AsyncEventsReceived);
  });

  it("async-throttle-retries: throttled events are retried, some run late and some age out", () => {
    const thumbnailer = metrics("async-throttle-retries", "thumbnailer");
    expect(thumbnailer.Throttles).toBeGreaterThan(thumbnailer.AsyncEventsReceived);
    expect(thumbnailer.AsyncEventsSucceeded).toBeGreaterThan(0);
    expect(thumbnailer.AsyncFailuresByCondition.EventAgeExceeded).toBeGreaterThan(0);
    expect(thumbnailer.DestinationDeliveries).toBe(thumbnailer.AsyncEventsDropped);
    expect(Math.max(...run("async-throttle-retries").timeline.functions.thumbnailer!.asyncQueueDepth)).toBeGreaterThan(10);
  });

  it("async-function-errors: failed runs are retried after about 1 and 2 minutes, then sent to the destination", () => {
    const mailer = metrics("async-function-errors", "invoice-mailer");
    expect(mailer.Errors).toBeGreaterThan(0);
    expect(mailer.AsyncFailuresByCondition.RetriesExhausted).toBe(mailer.DestinationDeliveries);
    expect(mailer.DestinationDeliveries).toBeGreaterThan(0);
    expect(mailer.AsyncEventAgeMaxSeconds).toBeGreaterThanOrEqual(180);
  });

  it("cold-starts: bursts cold-start, warm environments are reused, idle ones are reclaimed", () => {
    const result = run("cold-starts");
    const profile = metrics("cold-starts", "profile-api");
    expect(profile.ColdStarts).toBeLessThan(profile.Invocations / 10);
    expect(result.events.some((event) => event.kind === "idle-reclaim")).toBe(true);
    const coldStarts = result.timeline.functions["profile-api"]!.coldStarts;
    expect(coldStarts.slice(360, 380).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  });

  it("provisioned-spillover: above PC, calls spill over to on-demand and cold-start", () => {
    const checkout = metrics("provisioned-spillover", "checkout");
    expect(checkout.ProvisionedConcurrencySpilloverInvocations).toBeGreaterThan(0);
    expect(checkout.ColdStarts).toBeGreaterThan(0);
    expect(checkout.Throttles).toBe(0);
  });

  it("provisioned-with-reserved: PC = R throttles above PC and $LATEST gets nothing", () => {
    const checkout = metrics("provisioned-with-reserved", "checkout");
    expect(checkout.ProvisionedConcurrencySpilloverInvocations).toBe(0);
    expect(checkout.ColdStarts).toBe(0);
    expect(checkout.Throttles).toBeGreaterThan(0);
    expect(checkout.ByVersion.$LATEST).toBeUndefined();
  });

  it("provisioned-schedule: the scheduled increase serves only after the allocation delay", () => {
    expect(changes("provisioned-schedule")).toEqual([
      [60, 50],
      [150.4, 50],
    ]);
    const spillover = run("provisioned-schedule").events.find((event) => event.kind === "spillover");
    expect(spillover!.timeSeconds).toBeGreaterThan(60);
    expect(spillover!.timeSeconds).toBeLessThan(150.4);
  });

  it("provisioned-target-tracking: target tracking scales out under load and back in after it", () => {
    const settings = changes("provisioned-target-tracking").map(([, value]) => value!);
    expect(Math.max(...settings)).toBeGreaterThan(5);
    expect(settings.at(-1)!).toBeLessThan(Math.max(...settings));
  });

  it("weighted-alias: about 10% of calls run version 2", () => {
    const orders = metrics("weighted-alias", "orders");
    const share = orders.ByVersion["2"]!.Invocations / orders.Invocations;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
  });

  it("rate-limit-short-functions: the 10 x R request rate throttles far below the concurrency limit", () => {
    const token = metrics("rate-limit-short-functions", "token-check");
    expect(token.ThrottlesByReason.ReservedFunctionInvocationRateLimitExceeded).toBeGreaterThan(0);
    expect(token.ConcurrentExecutions).toBeLessThan(10);
  });

  it("scaling-rate: 1,000 environments at once, then 1,000 more per 10 s", () => {
    const sale = metrics("scaling-rate", "flash-sale");
    expect(sale.ThrottlesByReason.ScalingRate).toBeGreaterThan(0);
    expect(sale.ConcurrentExecutions).toBeGreaterThan(1900);
    expect(sale.ConcurrentExecutions).toBeLessThanOrEqual(2000);
  });

  it("efs-connection-cap: R caps the environments, so the EFS connections", () => {
    const writer = metrics("efs-connection-cap", "report-writer");
    expect(writer.ConcurrentExecutions).toBe(50);
    expect(writer.ColdStarts).toBe(50);
  });
});
