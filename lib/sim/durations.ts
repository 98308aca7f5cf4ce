/** Handler duration of one run, drawn from the function's duration spec with the run's own uniforms. */
import { standardNormal } from "./random";
import { MAX_DURATION_MS } from "./schema";
import type { DurationSpec } from "./types";

/** z for the 95th percentile of a standard normal. */
const Z95 = 1.6448536269514722;

export type DurationSampler = (u1: number, u2: number) => number;

export function createDurationSampler(spec: DurationSpec): DurationSampler {
  if (typeof spec === "number") return () => spec;
  if (spec.distribution === "uniform") {
    const { minMs, maxMs } = spec;
    return (u1) => minMs + (maxMs - minMs) * u1;
  }
  const mu = Math.log(spec.medianMs);
  const sigma = Math.log(spec.p95Ms / spec.medianMs) / Z95;
  // The tail is cut at Lambda's 900 s maximum timeout; such a run still counts as it ran.
  return (u1, u2) => Math.min(MAX_DURATION_MS, Math.max(1, Math.exp(mu + sigma * standardNormal(u1, u2))));
}

