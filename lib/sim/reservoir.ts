/**
 * Latency percentiles in fixed memory: a uniform reservoir sample (Algorithm R) of RESERVOIR_SIZE
 * values per function, with replacement decisions drawn from the seeded generator. Up to that many
 * samples the percentiles are exact; beyond, they are estimates from a deterministic sample.
 */
import type { LatencyPercentiles } from "./types";

export const RESERVOIR_SIZE = 8_192;

export class Reservoir {
  private values: Float64Array | undefined;
  /** Values offered so far. */
  seen = 0;

  /** Offers a value; `u` is a uniform draw used only once the reservoir is full. */
  add(value: number, u: number): void {
    const values = (this.values ??= new Float64Array(RESERVOIR_SIZE));
    if (this.seen < RESERVOIR_SIZE) {
      values[this.seen] = value;
    } else {
      const slot = Math.floor(u * (this.seen + 1));
      if (slot < RESERVOIR_SIZE) values[slot] = value;
    }
    this.seen += 1;
  }

  /** Nearest-rank percentiles of the sample; null when nothing was offered. */
  percentiles(): LatencyPercentiles {
    if (!this.values || this.seen === 0) return { p50: null, p95: null, p99: null };
    const sorted = this.values.slice(0, Math.min(this.seen, RESERVOIR_SIZE)).sort();
    const rank = (p: number) => roundMs(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!);
    return { p50: rank(0.5), p95: rank(0.95), p99: rank(0.99) };
  }
}

/** Microsecond precision is plenty for a latency and keeps float noise out of the JSON. */
function roundMs(value: number): number {
  return Math.round(value * 1000) / 1000;
}
