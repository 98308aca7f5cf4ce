/** A readable plain-text table of a result, for the CLI and logs. */
import type { SimResult } from "./types";

export function formatSummary(result: SimResult): string {
  return Object.keys(result.functions).join("\n");
}
