import type { Scenario, SimEventKind, SimResult } from "@/lib/sim/types";

/**
 * The compact timeline a quiz answer shows: concurrency against its limits, throttles, cold starts,
 * the async queue and failure deliveries, with the moment that decides the answer marked.
 * At most MAX_POINTS samples (neighbouring samples merged: maxima for levels, sums for counts).
 */
export const MAX_POINTS = 240;

export interface ChartFunctionSeries {
  name: string;
  /** Reserved concurrency: the function's own limit line; null when unreserved. */
  reservedConcurrency: number | null;
  /** Maximum concurrent executions per sample. */
  concurrency: number[];
  /** Provisioned concurrency ready to serve per sample (a limit-like line). */
  provisionedConcurrency: number[];
  /** Counts per sample. */
  invocations: number[];
  throttles: number[];
  coldStarts: number[];
  /** Maximum async queue depth per sample. */
  asyncQueueDepth: number[];
  /** Totals over the run (the simulator has no per-second series for these). */
  deadLetterDeliveries: number;
  destinationDeliveries: number;
}

export type ChartMarkerKind = SimEventKind | "decision";

export interface ChartMarker {
  atSecond: number;
  kind: ChartMarkerKind;
  function?: string;
}

export interface ChartData {
  resolutionSeconds: number;
  /** Start second of each sample. */
  seconds: number[];
  /** Traffic window; samples after it show the drain. */
  durationSeconds: number;
  /** The account concurrency quota line. */
  accountLimit: number;
  /** Quota minus all reserved concurrency: the line unreserved functions share. */
  unreservedLimit: number;
  account: { concurrency: number[]; throttles: number[] };
  /** The function the question is about comes first. */
  functions: ChartFunctionSeries[];
  focus?: string;
  /** The moment that decides the answer, when one does. */
  decidingSecond?: number;
  markers: ChartMarker[];
}

const markerKinds: readonly SimEventKind[] = [
  "throttle",
  "cold-start",
  "spillover",
  "dead-letter-delivery",
  "destination-delivery",
  "async-event-discarded",
  "provisioned-concurrency-requested",
  "provisioned-concurrency-ready",
];

function merge(series: readonly number[], factor: number, how: "max" | "sum"): number[] {
  if (factor <= 1) return series.slice();
  const out: number[] = [];
  for (let i = 0; i < series.length; i += factor) {
    let acc = how === "max" ? -Infinity : 0;
    for (let j = i; j < Math.min(i + factor, series.length); j += 1) {
      const v = series[j] as number;
      acc = how === "max" ? Math.max(acc, v) : acc + v;
    }
    out.push(acc);
  }
  return out;
}

export function buildChart(
  scenario: Scenario,
  result: SimResult,
  options: { focus?: string; decidingSecond?: number } = {},
): ChartData {
  const { timeline } = result;
  const factor = Math.max(1, Math.ceil(timeline.seconds.length / MAX_POINTS));
  const seconds = timeline.seconds.filter((_, i) => i % factor === 0);
  const reservedSum = scenario.functions.reduce((sum, f) => sum + (f.reservedConcurrentExecutions ?? 0), 0);

  const names = scenario.functions.map((f) => f.name);
  if (options.focus && names.includes(options.focus)) {
    names.splice(names.indexOf(options.focus), 1);
    names.unshift(options.focus);
  }
  const functions: ChartFunctionSeries[] = names.map((name) => {
    const config = scenario.functions.find((f) => f.name === name);
    const series = timeline.functions[name];
    const metrics = result.functions[name];
    return {
      name,
      reservedConcurrency: config?.reservedConcurrentExecutions ?? null,
      concurrency: merge(series?.concurrency ?? [], factor, "max"),
      provisionedConcurrency: merge(series?.provisionedConcurrency ?? [], factor, "max"),
      invocations: merge(series?.invocations ?? [], factor, "sum"),
      throttles: merge(series?.throttles ?? [], factor, "sum"),
      coldStarts: merge(series?.coldStarts ?? [], factor, "sum"),
      asyncQueueDepth: merge(series?.asyncQueueDepth ?? [], factor, "max"),
      deadLetterDeliveries: metrics?.DeadLetterDeliveries ?? 0,
      destinationDeliveries: metrics?.DestinationDeliveries ?? 0,
    };
  });

  const markers: ChartMarker[] = result.events
    .filter((e) => markerKinds.includes(e.kind))
    .map((e) => ({ atSecond: Math.round(e.timeSeconds * 10) / 10, kind: e.kind, function: e.function }));
  if (options.decidingSecond !== undefined) {
    markers.unshift({ atSecond: options.decidingSecond, kind: "decision", ...(options.focus ? { function: options.focus } : {}) });
  }

  return {
    resolutionSeconds: timeline.resolutionSeconds * factor,
    seconds,
    durationSeconds: scenario.durationSeconds,
    accountLimit: scenario.account.concurrencyLimit,
    unreservedLimit: scenario.account.concurrencyLimit - reservedSum,
    account: {
      concurrency: merge(timeline.account.concurrency, factor, "max"),
      throttles: merge(timeline.account.throttles, factor, "sum"),
    },
    functions,
    ...(options.focus ? { focus: options.focus } : {}),
    ...(options.decidingSecond !== undefined ? { decidingSecond: options.decidingSecond } : {}),
    markers,
  };
}
