/** A `?scenario=` parameter read all the way: decoded, parsed and validated by the simulator. */
import { validateScenario } from "@/lib/sim";
import type { Scenario, ValidationIssue } from "@/lib/sim/types";
import { parseScenarioParam, type ParsedScenarioParam } from "./scenario-url";

export type DecodedScenario =
  | { ok: true; scenario: Scenario; json: unknown }
  | Extract<ParsedScenarioParam, { ok: false }>
  | { ok: false; reason: "invalid"; json: unknown; issues: ValidationIssue[] };

export function decodeScenarioParam(param: string): DecodedScenario {
  const parsed = parseScenarioParam(param);
  if (!parsed.ok) return parsed;
  const validated = validateScenario(parsed.json);
  return validated.ok
    ? { ok: true, scenario: validated.scenario, json: parsed.json }
    : { ok: false, reason: "invalid", json: parsed.json, issues: validated.issues };
}
