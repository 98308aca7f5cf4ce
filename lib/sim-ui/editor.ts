/** What the scenario editor's text currently is: not JSON, an invalid scenario, or a valid one. */
import { validateScenario } from "@/lib/sim";
import type { Scenario, ValidationIssue } from "@/lib/sim/types";

export type EditorState =
  | { kind: "not-json"; detail: string }
  | { kind: "invalid"; json: unknown; issues: ValidationIssue[] }
  | { kind: "valid"; json: unknown; scenario: Scenario };

export function readScenarioText(text: string): EditorState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: "not-json", detail: error instanceof Error ? error.message : String(error) };
  }
  const validated = validateScenario(json);
  return validated.ok ? { kind: "valid", json, scenario: validated.scenario } : { kind: "invalid", json, issues: validated.issues };
}

export function formatScenario(json: unknown): string {
  return JSON.stringify(json, null, 2);
}
