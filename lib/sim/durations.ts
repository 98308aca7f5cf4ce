/**
 * Handler duration of one run, drawn from the function's duration spec with the run's own seeded
 * uniforms (keyed by request and attempt); a constant duration draws nothing. Durations are
 * specified in ms and returned in whole microseconds (see time.ts).
 */
import { Purpose, standardNormal, unit } from "./random";
import { MAX_DURATION_MS } from "./schema";
import { msToUs } from "./time";
import type { DurationSpec } from "./types";

/** z for the 95th percentile of a standard normal. */
const Z95 = 1.6448536269514722;

/** Duration in integer µs of the run identified by (key, attempt). */
export type DurationSampler = (key: number, attempt: number) => number;

export function createDurationSampler(spec: DurationSpec, seed: number): DurationSampler {
  if (typeof spec === "number") {
    const us = msToUs(spec);
    return () => us;
  }
  if (spec.distribution === "uniform") {
    const { minMs, maxMs } = spec;
    return (key, attempt) => msToUs(minMs + (maxMs - minMs) * unit(seed, Purpose.Duration, key, attempt));
  }
  const mu = Math.log(spec.medianMs);
  const sigma = Math.log(spec.p95Ms / spec.medianMs) / Z95;
  // The tail is cut at Lambda's 900 s maximum timeout; such a run still counts as it ran.
  return (key, attempt) => {
    const z = standardNormal(unit(seed, Purpose.Duration, key, attempt), unit(seed, Purpose.DurationPair, key, attempt));
    return msToUs(Math.min(MAX_DURATION_MS, Math.max(1, Math.exp(mu + sigma * z))));
  };
}
