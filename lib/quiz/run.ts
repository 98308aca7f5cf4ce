import { simulate, validateScenario } from "@/lib/sim";
import type { Scenario, SimResult, ValidationIssue } from "@/lib/sim/types";

/**
 * Runs a scenario through the simulator, memoised: the simulator is deterministic, so the same
 * scenario JSON (seed included) always gives the same result, and a learner's retry, a double
 * submit or another learner with the same draw costs nothing. Bounded LRU.
 */
export type ScenarioRun =
  | { ok: true; scenario: Scenario; result: SimResult }
  | { ok: false; issues: ValidationIssue[] };

const CACHE_SIZE = 256;
const cache = new Map<string, ScenarioRun>();

export function runScenario(json: Record<string, unknown>): ScenarioRun {
  const key = JSON.stringify(json);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const validated = validateScenario(json);
  const run: ScenarioRun = validated.ok
    ? { ok: true, scenario: validated.scenario, result: simulate(validated.scenario) }
    : { ok: false, issues: validated.issues };
  cache.set(key, run);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return run;
}

export function clearRunCache(): void {
  cache.clear();
}
