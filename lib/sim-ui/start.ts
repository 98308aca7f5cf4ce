/**
 * What the simulator page opens with, from its query: `?scenario=<base64url JSON>` (a shared or
 * generated link), `?example=<id>` (lessons and exercises), or the first example. A scenario that
 * fails validation still opens, so the learner sees each error with its field path and can fix it.
 */
import { z } from "zod";
import { exampleIds, exampleScenarios, type ExampleId } from "@/lib/sim/examples";
import { formatScenario } from "./editor";
import { parseScenarioParam } from "./scenario-url";

export type LinkProblem = "too-long" | "not-base64" | "not-json" | "unknown-example";

export interface WorkbenchStart {
  /** The example the page opened with; null for a scenario from a link. */
  exampleId: ExampleId | null;
  /** The scenario JSON as the editor shows it. */
  text: string;
  /** Why the link's scenario could not be opened (the default example is shown instead). */
  linkProblem: LinkProblem | null;
}

const firstValue = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value[0] : value))
  .optional();

/** Next's searchParams; other parameters are ignored. */
export const simulatorQuerySchema = z.object({ scenario: firstValue, example: firstValue });
export type SimulatorQuery = z.infer<typeof simulatorQuerySchema>;

export const DEFAULT_EXAMPLE: ExampleId = "starvation";

const isExampleId = (id: string): id is ExampleId => (exampleIds as readonly string[]).includes(id);

const fromExample = (id: ExampleId, linkProblem: LinkProblem | null = null): WorkbenchStart => ({
  exampleId: id,
  text: formatScenario(exampleScenarios[id]),
  linkProblem,
});

export function workbenchStart(query: SimulatorQuery): WorkbenchStart {
  if (query.scenario !== undefined) {
    const parsed = parseScenarioParam(query.scenario);
    return parsed.ok ? { exampleId: null, text: formatScenario(parsed.json), linkProblem: null } : fromExample(DEFAULT_EXAMPLE, parsed.reason);
  }
  if (query.example !== undefined) return isExampleId(query.example) ? fromExample(query.example) : fromExample(DEFAULT_EXAMPLE, "unknown-example");
  return fromExample(DEFAULT_EXAMPLE);
}
