/** Scenario validation entry points: field paths as text and a typed error for `simulate`. */
import { scenarioSchema } from "./schema";
import type { ValidationIssue, ValidationResult } from "./types";

/** Thrown by `simulate` for an invalid scenario; `issues` name each field at fault. */
export class ScenarioValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(`Invalid scenario:\n${issues.map((issue) => `  ${issue.path || "(root)"}: ${issue.message}`).join("\n")}`);
    this.name = "ScenarioValidationError";
    this.issues = issues;
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["functions", 0, "name"] -> "functions[0].name"; keys that are not identifiers get ["..."]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

export function validateScenario(json: unknown): ValidationResult {
  const parsed = scenarioSchema.safeParse(json);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
