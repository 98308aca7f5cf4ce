import type { FunctionMetrics, SimEventKind, SimResult, ThrottleReason } from "@/lib/sim/types";
import { measureCatalogue, type MeasureName, type MeasureRef } from "./catalogue";

/**
 * Named pure functions over a SimResult: the figures scenario questions ask about.
 * Each returns the value and, where one moment decides it, `atSecond` (the chart marker):
 * the first throttle for throttle counts, the first DLQ delivery, the peak for maxima, the moment the
 * queue empties for good, and so on.
 */
export interface MeasureValue {
  value: number;
  atSecond?: number;
}

/** The measure names a function the result does not have, or a version it never ran. */
export class MeasureError extends Error {
  override name = "MeasureError";
}

type MeasureFn = (result: SimResult, ref: MeasureRef) => MeasureValue;

function metricsOf(result: SimResult, ref: MeasureRef): FunctionMetrics {
  const name = ref.function;
  if (name === undefined) throw new MeasureError(`measure "${ref.name}" needs a function`);
  const metrics = result.functions[name];
  if (!metrics) throw new MeasureError(`the scenario has no function "${name}" (measure "${ref.name}")`);
  return metrics;
}

/** Time of the first event of a kind for the measured function (the result keeps the first of each). */
function firstEvent(result: SimResult, fn: string | undefined, kinds: readonly SimEventKind[], reason?: ThrottleReason): number | undefined {
  const event = result.events.find(
    (e) => kinds.includes(e.kind) && (fn === undefined || e.function === fn) && (reason === undefined || e.reason === reason),
  );
  return event?.timeSeconds;
}

/** Start second of the first timeline sample where the series is positive. */
function firstPositive(result: SimResult, series: readonly number[] | undefined): number | undefined {
  if (!series) return undefined;
  const i = series.findIndex((v) => v > 0);
  return i < 0 ? undefined : result.timeline.seconds[i];
}

/** Start second of the sample holding the series' maximum (the first such sample). */
function peakSecond(result: SimResult, series: readonly number[] | undefined): number | undefined {
  if (!series || series.length === 0) return undefined;
  let best = 0;
  for (let i = 1; i < series.length; i += 1) if ((series[i] as number) > (series[best] as number)) best = i;
  return result.timeline.seconds[best];
}

function withMoment(value: number, atSecond: number | undefined): MeasureValue {
  return atSecond === undefined || value === 0 ? { value } : { value, atSecond };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function seriesOf(result: SimResult, fn: string | undefined) {
  return fn === undefined ? undefined : result.timeline.functions[fn];
}

const latency =
  (key: "p50" | "p95" | "p99"): MeasureFn =>
  (result, ref) => {
    // No synchronous request ran: there is no latency to speak of, reported as 0.
    const value = round(metricsOf(result, ref).SyncLatencyMs[key] ?? 0, 1);
    // Cold starts are what lifts the tail: the first one is the moment worth marking.
    return withMoment(value, firstEvent(result, ref.function, ["cold-start"]));
  };

export const measures: Record<MeasureName, MeasureFn> = {
  throttles: (r, ref) => withMoment(metricsOf(r, ref).Throttles, firstEvent(r, ref.function, ["throttle"])),
  "sync-throttled": (r, ref) => withMoment(metricsOf(r, ref).SyncThrottled, firstEvent(r, ref.function, ["throttle"])),
  "throttled-share": (r, ref) => {
    const m = metricsOf(r, ref);
    const share = m.SyncRequests === 0 ? 0 : (100 * m.SyncThrottled) / m.SyncRequests;
    return withMoment(round(share, 2), firstEvent(r, ref.function, ["throttle"]));
  },
  "throttles-by-reason": (r, ref) => {
    const reason = ref.reason as ThrottleReason;
    return withMoment(metricsOf(r, ref).ThrottlesByReason[reason] ?? 0, firstEvent(r, ref.function, ["throttle"], reason));
  },
  invocations: (r, ref) => withMoment(metricsOf(r, ref).Invocations, firstPositive(r, seriesOf(r, ref.function)?.invocations)),
  "version-invocations": (r, ref) => {
    const m = metricsOf(r, ref);
    return { value: m.ByVersion[ref.version as string]?.Invocations ?? 0 };
  },
  errors: (r, ref) => withMoment(metricsOf(r, ref).Errors, firstEvent(r, ref.function, ["function-error"])),
  "dlq-deliveries": (r, ref) =>
    withMoment(metricsOf(r, ref).DeadLetterDeliveries, firstEvent(r, ref.function, ["dead-letter-delivery"])),
  "destination-deliveries": (r, ref) =>
    withMoment(metricsOf(r, ref).DestinationDeliveries, firstEvent(r, ref.function, ["destination-delivery"])),
  "async-dropped": (r, ref) =>
    withMoment(
      metricsOf(r, ref).AsyncEventsDropped,
      firstEvent(r, ref.function, ["dead-letter-delivery", "destination-delivery", "async-event-discarded"]),
    ),
  "async-events-received": (r, ref) => ({ value: metricsOf(r, ref).AsyncEventsReceived }),
  "async-event-age-max": (r, ref) => ({ value: round(metricsOf(r, ref).AsyncEventAgeMaxSeconds, 1) }),
  "queue-drain-seconds": (r, ref) => {
    metricsOf(r, ref);
    const depth = seriesOf(r, ref.function)?.asyncQueueDepth ?? [];
    let last = -1;
    for (let i = depth.length - 1; i >= 0; i -= 1) {
      if ((depth[i] as number) > 0) {
        last = i;
        break;
      }
    }
    if (last < 0) return { value: 0 };
    // The queue held events during this sample and none after it: it empties by the sample's end.
    const second = (r.timeline.seconds[last] as number) + r.timeline.resolutionSeconds;
    return { value: second, atSecond: second };
  },
  "cold-starts": (r, ref) => withMoment(metricsOf(r, ref).ColdStarts, firstEvent(r, ref.function, ["cold-start"])),
  "max-concurrency": (r, ref) =>
    withMoment(metricsOf(r, ref).ConcurrentExecutions, peakSecond(r, seriesOf(r, ref.function)?.concurrency)),
  "spillover-invocations": (r, ref) =>
    withMoment(metricsOf(r, ref).ProvisionedConcurrencySpilloverInvocations, firstEvent(r, ref.function, ["spillover"])),
  "provisioned-invocations": (r, ref) => ({ value: metricsOf(r, ref).ProvisionedConcurrencyInvocations }),
  "latency-p50": latency("p50"),
  "latency-p95": latency("p95"),
  "latency-p99": latency("p99"),
  "account-max-concurrency": (r) => withMoment(r.account.ConcurrentExecutions, peakSecond(r, r.timeline.account.concurrency)),
  "account-throttles": (r) => withMoment(r.account.Throttles, firstEvent(r, undefined, ["throttle"])),
};

/** Computes a measure. Throws MeasureError when the result lacks what the measure names. */
export function measure(result: SimResult, ref: MeasureRef): MeasureValue {
  return measures[ref.name](result, ref);
}

export function measureUnit(ref: MeasureRef) {
  return measureCatalogue[ref.name].unit;
}
