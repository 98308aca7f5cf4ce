/**
 * One simulator run as the browser needs it, shared by the web worker and tests: validate, simulate,
 * shape the chart. The timeline itself stays behind (the chart carries what the page draws), so the
 * message posted back to the page is small.
 */
import { z } from "zod";
import { simulate, validateScenario } from "@/lib/sim";
import type { SimResult, ValidationIssue } from "@/lib/sim/types";
import { timelineChartData, type TimelineChartData } from "./chart-data";

export const runRequestSchema = z.strictObject({
  id: z.number().int(),
  scenario: z.unknown(),
  focus: z.string().optional(),
});
export type RunRequest = z.infer<typeof runRequestSchema>;

export type SimMetrics = Omit<SimResult, "timeline">;

export type RunResponse =
  | { id: number; status: "done"; metrics: SimMetrics; chart: TimelineChartData; elapsedMs: number }
  | { id: number; status: "invalid"; issues: ValidationIssue[] }
  | { id: number; status: "failed"; message: string };

export function runSimulation(request: RunRequest, now: () => number = () => performance.now()): RunResponse {
  const started = now();
  const validated = validateScenario(request.scenario);
  if (!validated.ok) return { id: request.id, status: "invalid", issues: validated.issues };
  try {
    const { timeline, ...metrics } = simulate(validated.scenario);
    const chart = timelineChartData(validated.scenario, { timeline, ...metrics }, request.focus !== undefined ? { focus: request.focus } : {});
    return { id: request.id, status: "done", metrics, chart, elapsedMs: now() - started };
  } catch (error) {
    // A valid scenario that the simulator cannot run is a simulator bug: say so instead of hanging.
    return { id: request.id, status: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
