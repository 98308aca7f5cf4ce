/**
 * Per-second samples in fixed memory. The recorder holds at most TIMELINE_CAPACITY samples per
 * series; a longer run merges neighbouring samples in pairs (sums for counts, maxima for levels)
 * and doubles the resolution, so a 6-hour drain costs the same memory as a 2-hour one.
 */
import type { AccountSeries, FunctionSeries, Timeline } from "./types";

/** Two hours at one-second resolution; must be even so samples merge in pairs. */
export const TIMELINE_CAPACITY = 7_200;

/** How a series combines samples: counts add up, levels keep their maximum. */
const FUNCTION_SERIES: readonly [keyof FunctionSeries, "sum" | "max"][] = [
  ["concurrency", "max"],
  ["invocations", "sum"],
  ["throttles", "sum"],
  ["coldStarts", "sum"],
  ["errors", "sum"],
  ["asyncQueueDepth", "max"],
  ["provisionedConcurrency", "max"],
];
const ACCOUNT_SERIES: readonly [keyof AccountSeries, "sum" | "max"][] = [
  ["concurrency", "max"],
  ["unreservedConcurrency", "max"],
  ["invocations", "sum"],
  ["throttles", "sum"],
];

/** Column of a function series in a sample row: function index x FUNCTION_COLUMNS + FunctionColumn. */
export const FunctionColumn = {
  concurrency: 0,
  invocations: 1,
  throttles: 2,
  coldStarts: 3,
  errors: 4,
  asyncQueueDepth: 5,
  provisionedConcurrency: 6,
} as const;
export const FUNCTION_COLUMNS = FUNCTION_SERIES.length;
/** Column of an account series, after all function columns. */
export const AccountColumn = { concurrency: 0, unreservedConcurrency: 1, invocations: 2, throttles: 3 } as const;

export class TimelineRecorder {
  readonly width: number;
  private readonly isMax: Uint8Array;
  private readonly data: Float64Array;
  private readonly pending: Float64Array;
  private pendingSeconds = 0;
  private count = 0;
  private resolution = 1;

  constructor(private readonly functionNames: readonly string[]) {
    this.width = functionNames.length * FUNCTION_COLUMNS + ACCOUNT_SERIES.length;
    this.isMax = new Uint8Array(this.width);
    functionNames.forEach((_, f) =>
      FUNCTION_SERIES.forEach(([, combine], k) => (this.isMax[f * FUNCTION_COLUMNS + k] = combine === "max" ? 1 : 0)),
    );
    ACCOUNT_SERIES.forEach(([, combine], k) => (this.isMax[this.accountColumn(k)] = combine === "max" ? 1 : 0));
    this.data = new Float64Array(this.width * TIMELINE_CAPACITY);
    this.pending = new Float64Array(this.width);
  }

  accountColumn(k: number): number {
    return this.functionNames.length * FUNCTION_COLUMNS + k;
  }

  /** Adds one simulated second (a row of `width` values). */
  record(row: Float64Array): void {
    if (this.pendingSeconds === 0) this.pending.set(row);
    else this.combineRow(row);
    this.pendingSeconds += 1;
    if (this.pendingSeconds === this.resolution) this.flush();
  }

  /** The recorded timeline, including a last partly filled sample. */
  build(): Timeline {
    if (this.pendingSeconds > 0) this.flush();
    const n = this.count;
    const column = (c: number): number[] => Array.from(this.data.subarray(c * TIMELINE_CAPACITY, c * TIMELINE_CAPACITY + n));
    const functions: Record<string, FunctionSeries> = {};
    this.functionNames.forEach((name, f) => {
      functions[name] = Object.fromEntries(
        FUNCTION_SERIES.map(([key], k) => [key, column(f * FUNCTION_COLUMNS + k)]),
      ) as unknown as FunctionSeries;
    });
    const account = Object.fromEntries(
      ACCOUNT_SERIES.map(([key], k) => [key, column(this.accountColumn(k))]),
    ) as unknown as AccountSeries;
    return {
      resolutionSeconds: this.resolution,
      seconds: Array.from({ length: n }, (_, i) => i * this.resolution),
      functions,
      account,
    };
  }

  private flush(): void {
    for (let c = 0; c < this.width; c += 1) this.data[c * TIMELINE_CAPACITY + this.count] = this.pending[c]!;
    this.count += 1;
    this.pendingSeconds = 0;
    if (this.count === TIMELINE_CAPACITY) this.halve();
  }

  private halve(): void {
    const half = TIMELINE_CAPACITY / 2;
    for (let c = 0; c < this.width; c += 1) {
      const base = c * TIMELINE_CAPACITY;
      for (let i = 0; i < half; i += 1) {
        const x = this.data[base + 2 * i]!;
        const y = this.data[base + 2 * i + 1]!;
        this.data[base + i] = this.isMax[c] ? Math.max(x, y) : x + y;
      }
    }
    this.count = half;
    this.resolution *= 2;
  }

  private combineRow(row: Float64Array): void {
    for (let c = 0; c < this.width; c += 1) {
      const x = this.pending[c]!;
      const y = row[c]!;
      this.pending[c] = this.isMax[c] ? Math.max(x, y) : x + y;
    }
  }
}
