/**
 * Simulated time is an integer number of microseconds. Every instant and every duration is a whole
 * number far below 2^53, so sums and comparisons are exact: a run that ends at t frees its
 * environment for an arrival at t, with no floating-point drift deciding the order.
 * Inputs in milliseconds or seconds are rounded to the nearest microsecond once, when compiled.
 */
export const US_PER_MS = 1_000;
export const US_PER_SECOND = 1_000_000;
export const US_PER_MINUTE = 60_000_000;

/** A duration or instant given in milliseconds, rounded to the nearest microsecond. */
export function msToUs(ms: number): number {
  return Math.round(ms * US_PER_MS);
}

/** A duration or instant given in seconds, rounded to the nearest microsecond. */
export function secondsToUs(seconds: number): number {
  return Math.round(seconds * US_PER_SECOND);
}

/** An instant or duration in µs as seconds with millisecond precision (for the JSON result). */
export function usToSeconds(us: number): number {
  return Math.round(us / US_PER_MS) / US_PER_MS;
}
