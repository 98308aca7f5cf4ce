/**
 * Arrival times of a traffic pattern, generated one at a time so that a million requests never
 * exist in memory at once. Times are integer microseconds (see time.ts). Deterministic patterns
 * place the i-th arrival where the cumulative offered count reaches i, rounded down to the
 * microsecond (so constant 100 rps over [0 s, 1 s) gives arrivals at 0, 10,000, ..., 990,000 µs);
 * a pattern window is half-open, [start, end).
 */
import { Purpose, streamOf, unit } from "./random";
import { US_PER_SECOND, secondsToUs } from "./time";
import type { TrafficPattern } from "./types";

/** Tolerance for rate x time products that should be integers but carry float noise. */
const EPSILON = 1e-9;

/** Number of arrivals i >= 0 with cumulative offered count i strictly before the window end. */
function countBelow(total: number): number {
  return Math.max(0, Math.ceil(total - EPSILON));
}

export interface ArrivalSource {
  /** The next arrival time in integer µs, or -1 when the pattern is exhausted. */
  next(): number;
}

interface Segment {
  startUs: number;
  /** Arrivals per second; 0 places every arrival at startUs (a burst). */
  rps: number;
  count: number;
}

/** Evenly spaced arrivals over consecutive constant-rate segments (constant, steps, burst). */
class SegmentSource implements ArrivalSource {
  private segment = 0;
  private index = 0;

  constructor(private readonly segments: readonly Segment[]) {}

  next(): number {
    for (;;) {
      const segment = this.segments[this.segment];
      if (!segment) return -1;
      if (this.index < segment.count) {
        // index x 1e6 is an exact integer and the division is correctly rounded, so for a whole rps
        // the floor is exact: arrival i + rps x d lands exactly d seconds after arrival i.
        const time = segment.rps > 0 ? segment.startUs + Math.floor((this.index * US_PER_SECOND) / segment.rps) : segment.startUs;
        this.index += 1;
        return time;
      }
      this.segment += 1;
      this.index = 0;
    }
  }
}

/** Linearly changing rate: the i-th arrival solves from*t + (to-from)*t^2/(2T) = i. */
class RampSource implements ArrivalSource {
  private index = 0;
  private readonly count: number;
  private readonly halfSlope: number;

  constructor(
    private readonly startUs: number,
    private readonly fromRps: number,
    toRps: number,
    windowSeconds: number,
  ) {
    this.halfSlope = (toRps - fromRps) / (2 * windowSeconds);
    this.count = countBelow(((fromRps + toRps) / 2) * windowSeconds);
  }

  next(): number {
    if (this.index >= this.count) return -1;
    const i = this.index;
    this.index += 1;
    if (i === 0) return this.startUs;
    // The numerically stable root 2i / (b + sqrt(b^2 + 4ai)), valid for rising and falling ramps.
    const b = this.fromRps;
    const seconds = (2 * i) / (b + Math.sqrt(Math.max(0, b * b + 4 * this.halfSlope * i)));
    return this.startUs + Math.floor(seconds * US_PER_SECOND);
  }
}

/** Poisson process: exponential gaps drawn from the seeded stream of this traffic entry. */
class PoissonSource implements ArrivalSource {
  private index = 0;
  /** Unrounded time in µs; each arrival is rounded down from it, so arrivals never go backwards. */
  private time: number;

  constructor(
    startUs: number,
    private readonly endUs: number,
    private readonly rps: number,
    private readonly seed: number,
    private readonly stream: number,
  ) {
    this.time = startUs;
  }

  next(): number {
    if (this.rps <= 0) return -1;
    const u = unit(this.seed, this.stream, this.index, 0);
    this.index += 1;
    this.time += (-Math.log(1 - u) / this.rps) * US_PER_SECOND;
    const time = Math.floor(this.time);
    return time < this.endUs ? time : -1;
  }
}

function constantSegment(startSecond: number, endSecond: number, rps: number): Segment {
  return {
    startUs: secondsToUs(startSecond),
    rps,
    count: rps > 0 ? countBelow((endSecond - startSecond) * rps) : 0,
  };
}

function stepSegments(steps: readonly { atSecond: number; rps: number }[], endSecond: number): Segment[] {
  return steps.map((step, k) => constantSegment(step.atSecond, steps[k + 1]?.atSecond ?? endSecond, step.rps));
}

/** Creates the arrival source of one traffic entry; `trafficIndex` selects its random stream. */
export function createArrivalSource(
  pattern: TrafficPattern,
  durationSeconds: number,
  seed: number,
  trafficIndex: number,
): ArrivalSource {
  switch (pattern.kind) {
    case "constant": {
      const end = pattern.endSecond ?? durationSeconds;
      return new SegmentSource([constantSegment(pattern.startSecond, end, pattern.rps)]);
    }
    case "steps":
      return new SegmentSource(stepSegments(pattern.steps, pattern.endSecond ?? durationSeconds));
    case "burst":
      return new SegmentSource([{ startUs: secondsToUs(pattern.atSecond), rps: 0, count: pattern.count }]);
    case "ramp": {
      const end = pattern.endSecond ?? durationSeconds;
      return new RampSource(secondsToUs(pattern.startSecond), pattern.fromRps, pattern.toRps, end - pattern.startSecond);
    }
    case "poisson": {
      const end = pattern.endSecond ?? durationSeconds;
      const stream = streamOf(Purpose.Arrival, trafficIndex);
      return new PoissonSource(secondsToUs(pattern.startSecond), secondsToUs(end), pattern.rps, seed, stream);
    }
  }
}

/** Offered arrivals of a pattern: exact for deterministic patterns, the mean for Poisson. */
export function expectedArrivals(pattern: TrafficPattern, durationSeconds: number): number {
  switch (pattern.kind) {
    case "constant": {
      const end = pattern.endSecond ?? durationSeconds;
      return constantSegment(pattern.startSecond, end, pattern.rps).count;
    }
    case "steps":
      return stepSegments(pattern.steps, pattern.endSecond ?? durationSeconds).reduce((sum, s) => sum + s.count, 0);
    case "burst":
      return pattern.count;
    case "ramp": {
      const window = (pattern.endSecond ?? durationSeconds) - pattern.startSecond;
      return countBelow(((pattern.fromRps + pattern.toRps) / 2) * window);
    }
    case "poisson":
      return pattern.rps * ((pattern.endSecond ?? durationSeconds) - pattern.startSecond);
  }
}
