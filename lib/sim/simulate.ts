/** The simulator's entry point: validate, then run the discrete-event model. */
import type { SimResult } from "./types";
import { ScenarioValidationError, validateScenario } from "./validate";

/**
 * Simulates a scenario (a JSON value or an already validated Scenario) and returns its metrics.
 * Throws ScenarioValidationError, listing every issue with its field path, if it is invalid.
 */
export function simulate(scenario: unknown): SimResult {
  const validated = validateScenario(scenario);
  if (!validated.ok) throw new ScenarioValidationError(validated.issues);
  throw new Error("lib/sim: simulate is being implemented (issue 3)");
}
