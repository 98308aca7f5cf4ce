/** The simulator's entry point: validate, compile, run the discrete-event model, report. */
import { assumptionsFor } from "./assumptions";
import { runEngine, type InvariantProbe } from "./engine";
import { compile } from "./model";
import { buildResult } from "./result";
import type { SimResult } from "./types";
import { ScenarioValidationError, validateScenario } from "./validate";

/**
 * Simulates a scenario (a JSON value or an already validated Scenario) and returns its metrics.
 * Throws ScenarioValidationError, listing every issue with its field path, if it is invalid.
 */
export function simulate(scenario: unknown): SimResult {
  return simulateWithProbe(scenario);
}

/** `simulate` with an invariant probe called after every event (for tests). */
export function simulateWithProbe(scenario: unknown, probe?: InvariantProbe): SimResult {
  const validated = validateScenario(scenario);
  if (!validated.ok) throw new ScenarioValidationError(validated.issues);
  const model = compile(validated.scenario);
  const output = runEngine(validated.scenario, model, probe);
  return buildResult(model, output, assumptionsFor(validated.scenario));
}
