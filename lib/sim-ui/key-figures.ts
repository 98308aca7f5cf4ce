/**
 * The few numbers a lesson widget shows beside its chart: the result metrics the lesson watches,
 * for each function (the one the parameter changes first).
 */
import type { FunctionMetrics, SimResult } from "@/lib/sim/types";

type NumericMetric = {
  [K in keyof FunctionMetrics]: FunctionMetrics[K] extends number ? K : never;
}[keyof FunctionMetrics];

const NUMERIC_METRICS = [
  "Invocations",
  "Throttles",
  "Errors",
  "ConcurrentExecutions",
  "ColdStarts",
  "ProvisionedConcurrencyInvocations",
  "ProvisionedConcurrencySpilloverInvocations",
  "AsyncEventsReceived",
  "AsyncEventsDropped",
  "AsyncEventAgeMaxSeconds",
  "DeadLetterDeliveries",
  "DestinationDeliveries",
  "AsyncEventsSucceeded",
  "SyncRequests",
  "SyncThrottled",
] as const satisfies readonly NumericMetric[];

/** Every metric a widget can watch: the numeric ones, p95 sync latency, and invocations per version. */
export const WATCHABLE_METRICS = [...NUMERIC_METRICS, "SyncLatencyMs", "ByVersion"] as const;
export type WatchableMetric = (typeof WATCHABLE_METRICS)[number];

export function isWatchableMetric(name: string): name is WatchableMetric {
  return (WATCHABLE_METRICS as readonly string[]).includes(name);
}

export const MAX_KEY_FIGURES = 4;

export interface KeyFigure {
  metric: WatchableMetric;
  function: string;
  /** null: nothing to measure (no synchronous request ran, so there is no latency). */
  value: number | null;
  /** The version, for ByVersion figures. */
  version?: string;
}

/** What a widget watches when its lesson does not say. */
export function defaultWatch(result: Pick<SimResult, "functions">): WatchableMetric[] {
  const isAsync = Object.values(result.functions).some((fn) => fn.AsyncEventsReceived > 0);
  return isAsync ? ["Throttles", "ConcurrentExecutions", "DeadLetterDeliveries"] : ["Throttles", "ConcurrentExecutions", "ColdStarts"];
}

function figuresOf(metric: WatchableMetric, name: string, metrics: FunctionMetrics): KeyFigure[] {
  if (metric === "SyncLatencyMs") return [{ metric, function: name, value: metrics.SyncLatencyMs.p95 }];
  if (metric === "ByVersion")
    return Object.entries(metrics.ByVersion).map(([version, v]) => ({ metric, function: name, value: v.Invocations, version }));
  return [{ metric, function: name, value: metrics[metric] }];
}

/**
 * Figures metric by metric, each for every function (the focused one first), at most `limit`.
 * Unknown metric names are ignored: content tests check that lessons only watch known ones.
 */
export function keyFigures(
  result: Pick<SimResult, "functions">,
  watch: readonly string[] | undefined,
  focus?: string,
  limit = MAX_KEY_FIGURES,
): KeyFigure[] {
  const metrics = watch?.filter(isWatchableMetric) ?? defaultWatch(result);
  const names = Object.keys(result.functions).sort((a, b) => Number(b === focus) - Number(a === focus));
  return metrics
    .flatMap((metric) => names.flatMap((name) => figuresOf(metric, name, result.functions[name] as FunctionMetrics)))
    .slice(0, limit);
}
