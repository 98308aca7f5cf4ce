/** The plain-text summary shows each function's numbers, throttle reasons, async outcomes and assumptions. */
import { describe, expect, it } from "vitest";
import { formatSummary, simulate } from "./index";
import { asyncTraffic, burst, constant, lambda, scenario, syncTraffic } from "./test-helpers";

describe("formatSummary", () => {
  it("prints a row per function and the sections that apply", () => {
    const result = simulate(
      scenario({
        functions: [
          lambda("orders", { durationMs: 10_000, reservedConcurrentExecutions: 50 }),
          lambda("audit", { reservedConcurrentExecutions: 0, asyncInvokeConfig: { onFailure: "dlq" } }),
        ],
        traffic: [syncTraffic("orders", constant(100, 0, 1)), asyncTraffic("audit", burst(3))],
      }),
    );
    const text = formatSummary(result);
    expect(text).toMatch(/^orders\s+50\s+50\s+0\s+50\s+50\s+0\s+0\s+50\/100\s+10000\/10000\/10000$/m);
    expect(text).toMatch(/^audit\s+ReservedFunctionConcurrentInvocationLimitExceeded\s+3$/m);
    expect(text).toMatch(/^audit\s+3\s+0\s+3\s+3\s+0\s+3\s+0\s+0$/m);
    expect(text).toContain("Assumptions:");
  });
});
