/** Builders shared by the simulator's tests: small scenarios with exact, hand-checkable outcomes. */
import { simulateWithProbe } from "./simulate";
import type { FunctionMetrics, ScenarioInput, SimResult } from "./types";

type FunctionInput = ScenarioInput["functions"][number];
type TrafficInput = ScenarioInput["traffic"][number];
type PatternInput = TrafficInput["pattern"];

export function lambda(name: string, settings: Omit<FunctionInput, "name" | "durationMs"> & { durationMs?: FunctionInput["durationMs"] } = {}): FunctionInput {
  return { name, durationMs: 100, ...settings };
}

export function syncTraffic(fn: string, pattern: PatternInput, qualifier?: string): TrafficInput {
  return { function: fn, invocationType: "RequestResponse", pattern, ...(qualifier ? { qualifier } : {}) };
}

export function asyncTraffic(fn: string, pattern: PatternInput, qualifier?: string): TrafficInput {
  return { function: fn, invocationType: "Event", pattern, ...(qualifier ? { qualifier } : {}) };
}

export function constant(rps: number, startSecond = 0, endSecond?: number): PatternInput {
  return { kind: "constant", rps, startSecond, ...(endSecond === undefined ? {} : { endSecond }) };
}

export function burst(count: number, atSecond = 0): PatternInput {
  return { kind: "burst", count, atSecond };
}

export function scenario(parts: Partial<ScenarioInput> & Pick<ScenarioInput, "functions" | "traffic">): ScenarioInput {
  return { seed: 1, durationSeconds: 10, account: { concurrencyLimit: 1000 }, ...parts };
}

/** Far more events than any test scenario needs: beyond, the run is looping, not simulating. */
const RUNAWAY_EVENTS = 20_000_000;

/**
 * Simulates and checks, after every event, that no limit is exceeded at that instant: busy
 * executions of a function stay within R, of the unreserved functions within the unreserved pool,
 * of the account within its limit; no level goes negative. A runaway run fails instead of hanging.
 */
export function simulateChecked(input: ScenarioInput): SimResult {
  let events = 0;
  return simulateWithProbe(input, (model, functions, account) => {
    events += 1;
    if (events > RUNAWAY_EVENTS) throw new Error("runaway simulation: too many events");
    functions.forEach((fn, f) => {
      const reserved = model.functions[f]!.reserved;
      if (reserved >= 0 && fn.busy > reserved) throw new Error(`${model.functions[f]!.name}: ${fn.busy} busy > R ${reserved}`);
      if (fn.onDemandBusy < 0 || fn.provisionedBusy < 0 || fn.asyncWaiting < 0) throw new Error("negative level");
    });
    if (account.unreservedBusy > model.unreservedPool) throw new Error(`unreserved ${account.unreservedBusy} > ${model.unreservedPool}`);
    if (account.busy > model.accountLimit) throw new Error(`account ${account.busy} > ${model.accountLimit}`);
    for (const pool of model.pools) {
      if (pool.busy[0]! < 0 || pool.busy[1]! < 0) throw new Error(`pool ${pool.qualifier}: negative busy`);
    }
  });
}

export function metricsOf(result: SimResult, name: string): FunctionMetrics {
  const metrics = result.functions[name];
  if (!metrics) throw new Error(`no metrics for ${name}`);
  return metrics;
}
