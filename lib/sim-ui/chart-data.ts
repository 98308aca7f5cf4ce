/**
 * The data a timeline chart draws, shaped from a simulation: concurrency per function and for the
 * account against its limit lines, per-sample throttles, cold starts and async queue depth, and the
 * notable moments. Pure and serialisable, so a web worker can build it and post it to the page.
 *
 * lib/quiz builds a scenario answer's chart with `timelineChartData` too (focus on the function the
 * question is about, the deciding second marked), so it is passed to the chart component as it is.
 */
import type { Scenario, SimEventKind, SimResult } from "@/lib/sim/types";

/** Charts never draw more points than this: neighbouring samples are merged beyond it. */
export const MAX_CHART_POINTS = 240;

export interface TimelineChartFunction {
  name: string;
  /** Reserved concurrency (the function's own limit line); null when unreserved. */
  reservedConcurrency: number | null;
  /** Levels: the maximum within each sample. */
  concurrency: number[];
  provisionedConcurrency: number[];
  asyncQueueDepth: number[];
  /** Counts: the sum within each sample. */
  invocations: number[];
  throttles: number[];
  coldStarts: number[];
  /** Totals over the run (the simulator keeps no per-second series for these). */
  deadLetterDeliveries: number;
  destinationDeliveries: number;
}

export type TimelineMarkerKind = SimEventKind | "decision";

export interface TimelineMarker {
  atSecond: number;
  kind: TimelineMarkerKind;
  function?: string;
}

export interface TimelineChartData {
  /** Seconds covered by each sample. */
  resolutionSeconds: number;
  /** Start second of each sample. */
  seconds: number[];
  /** The traffic window; samples after it show the drain. */
  durationSeconds: number;
  accountLimit: number;
  /** The account limit minus all reserved concurrency: the pool unreserved functions share. */
  unreservedLimit: number;
  account: { concurrency: number[]; throttles: number[] };
  /** The focused function (if any) comes first. */
  functions: TimelineChartFunction[];
  focus?: string;
  decidingSecond?: number;
  markers: TimelineMarker[];
}

export interface TimelineChartOptions {
  /** The function a question or lesson is about: drawn first. */
  focus?: string;
  /** The moment that decides an answer, marked on the chart. */
  decidingSecond?: number;
  maxPoints?: number;
}

/** Event kinds worth a marker on the time axis (the rest are listed, not drawn). */
const MARKER_KINDS: ReadonlySet<SimEventKind> = new Set<SimEventKind>([
  "throttle",
  "cold-start",
  "spillover",
  "dead-letter-delivery",
  "destination-delivery",
  "async-event-discarded",
  "provisioned-concurrency-requested",
  "provisioned-concurrency-ready",
]);

/**
 * Merges runs of `factor` neighbouring samples: levels keep their maximum (a spike to the limit
 * must stay visible), counts are summed (no throttle disappears).
 */
export function mergeSamples(series: readonly number[], factor: number, combine: "max" | "sum"): number[] {
  if (factor <= 1) return series.slice();
  const merged: number[] = [];
  for (let start = 0; start < series.length; start += factor) {
    const bucket = series.slice(start, start + factor);
    merged.push(combine === "max" ? Math.max(...bucket) : bucket.reduce((sum, v) => sum + v, 0));
  }
  return merged;
}

/** Function names with the focused one first. */
function orderedNames(scenario: Scenario, focus: string | undefined): string[] {
  const names = scenario.functions.map((fn) => fn.name);
  if (focus === undefined || !names.includes(focus)) return names;
  return [focus, ...names.filter((name) => name !== focus)];
}

export function timelineChartData(
  scenario: Scenario,
  result: SimResult,
  options: TimelineChartOptions = {},
): TimelineChartData {
  const { timeline } = result;
  const maxPoints = options.maxPoints ?? MAX_CHART_POINTS;
  const factor = Math.max(1, Math.ceil(timeline.seconds.length / maxPoints));
  const levels = (series: readonly number[] | undefined) => mergeSamples(series ?? [], factor, "max");
  const counts = (series: readonly number[] | undefined) => mergeSamples(series ?? [], factor, "sum");
  const reservedTotal = scenario.functions.reduce((sum, fn) => sum + (fn.reservedConcurrentExecutions ?? 0), 0);

  const functions = orderedNames(scenario, options.focus).map((name): TimelineChartFunction => {
    const config = scenario.functions.find((fn) => fn.name === name);
    const series = timeline.functions[name];
    const metrics = result.functions[name];
    return {
      name,
      reservedConcurrency: config?.reservedConcurrentExecutions ?? null,
      concurrency: levels(series?.concurrency),
      provisionedConcurrency: levels(series?.provisionedConcurrency),
      asyncQueueDepth: levels(series?.asyncQueueDepth),
      invocations: counts(series?.invocations),
      throttles: counts(series?.throttles),
      coldStarts: counts(series?.coldStarts),
      deadLetterDeliveries: metrics?.DeadLetterDeliveries ?? 0,
      destinationDeliveries: metrics?.DestinationDeliveries ?? 0,
    };
  });

  const markers: TimelineMarker[] = result.events
    .filter((event) => MARKER_KINDS.has(event.kind))
    .map((event) => ({ atSecond: Math.round(event.timeSeconds * 10) / 10, kind: event.kind, function: event.function }));
  if (options.decidingSecond !== undefined) {
    markers.unshift({
      atSecond: options.decidingSecond,
      kind: "decision",
      ...(options.focus !== undefined ? { function: options.focus } : {}),
    });
  }

  return {
    resolutionSeconds: timeline.resolutionSeconds * factor,
    seconds: timeline.seconds.filter((_, i) => i % factor === 0),
    durationSeconds: scenario.durationSeconds,
    accountLimit: scenario.account.concurrencyLimit,
    unreservedLimit: scenario.account.concurrencyLimit - reservedTotal,
    account: { concurrency: levels(timeline.account.concurrency), throttles: counts(timeline.account.throttles) },
    functions,
    ...(options.focus !== undefined ? { focus: options.focus } : {}),
    ...(options.decidingSecond !== undefined ? { decidingSecond: options.decidingSecond } : {}),
    markers,
  };
}

/** One row per sample, the form recharts draws; keys are stable per function index. */
export interface ChartRow {
  second: number;
  account: number;
  throttles: number;
  coldStarts: number;
  queueDepth: number;
  [key: `fn${number}`]: number;
  [key: `pc${number}`]: number;
}

export const functionKey = (index: number) => `fn${index}` as const;
export const provisionedKey = (index: number) => `pc${index}` as const;

const sumAt = (functions: readonly TimelineChartFunction[], pick: (fn: TimelineChartFunction) => readonly number[], i: number) =>
  functions.reduce((sum, fn) => sum + (pick(fn)[i] ?? 0), 0);

export function chartRows(data: TimelineChartData): ChartRow[] {
  return data.seconds.map((second, i) => {
    const row: ChartRow = {
      second,
      account: data.account.concurrency[i] ?? 0,
      throttles: data.account.throttles[i] ?? 0,
      coldStarts: sumAt(data.functions, (fn) => fn.coldStarts, i),
      queueDepth: sumAt(data.functions, (fn) => fn.asyncQueueDepth, i),
    };
    data.functions.forEach((fn, f) => {
      row[functionKey(f)] = fn.concurrency[i] ?? 0;
      row[provisionedKey(f)] = fn.provisionedConcurrency[i] ?? 0;
    });
    return row;
  });
}

/** The key numbers a chart's text alternative states, per function. */
export interface ChartFunctionSummary {
  name: string;
  peakConcurrency: number;
  reservedConcurrency: number | null;
  peakProvisioned: number;
  throttles: number;
  coldStarts: number;
  peakQueueDepth: number;
  deadLetterDeliveries: number;
  destinationDeliveries: number;
  /** Start second of the first sample with a throttle; null when none. */
  firstThrottleSecond: number | null;
}

const peak = (series: readonly number[]) => series.reduce((max, v) => Math.max(max, v), 0);
const total = (series: readonly number[]) => series.reduce((sum, v) => sum + v, 0);

export function summarizeChart(data: TimelineChartData): ChartFunctionSummary[] {
  return data.functions.map((fn) => {
    const firstThrottle = fn.throttles.findIndex((v) => v > 0);
    return {
      name: fn.name,
      peakConcurrency: peak(fn.concurrency),
      reservedConcurrency: fn.reservedConcurrency,
      peakProvisioned: peak(fn.provisionedConcurrency),
      throttles: total(fn.throttles),
      coldStarts: total(fn.coldStarts),
      peakQueueDepth: peak(fn.asyncQueueDepth),
      deadLetterDeliveries: fn.deadLetterDeliveries,
      destinationDeliveries: fn.destinationDeliveries,
      firstThrottleSecond: firstThrottle === -1 ? null : (data.seconds[firstThrottle] ?? null),
    };
  });
}

/** Round tick values from 0 to at least `max` (1, 2 or 5 times a power of ten apart), at most `maxTicks`. */
export function timeTicks(max: number, maxTicks = 6): number[] {
  if (max <= 0) return [0];
  const raw = max / (maxTicks - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power) as number;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + 1e-9; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return ticks;
}
