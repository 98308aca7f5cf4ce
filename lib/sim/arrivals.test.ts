/** Arrival generation: exact counts and placement for deterministic patterns, a seeded Poisson process. */
import { describe, expect, it } from "vitest";
import { createArrivalSource, expectedArrivals } from "./arrivals";
import { foldSeed } from "./random";
import type { TrafficPattern } from "./types";

function microseconds(pattern: TrafficPattern, durationSeconds = 10, seed = 1): number[] {
  const source = createArrivalSource(pattern, durationSeconds, foldSeed(seed), 0);
  const out: number[] = [];
  for (let time = source.next(); time >= 0; time = source.next()) out.push(time);
  return out;
}

/** Arrival times in ms (sources work in integer µs). */
function times(pattern: TrafficPattern, durationSeconds = 10, seed = 1): number[] {
  return microseconds(pattern, durationSeconds, seed).map((us) => us / 1000);
}

describe("arrival patterns", () => {
  it("constant: evenly spaced in [start, end)", () => {
    const arrivals = times({ kind: "constant", rps: 100, startSecond: 0, endSecond: 1 });
    expect(arrivals).toHaveLength(100);
    expect(arrivals.slice(0, 3)).toEqual([0, 10, 20]);
    expect(arrivals.at(-1)).toBe(990);
    expect(times({ kind: "constant", rps: 2.5, startSecond: 2, endSecond: 3 })).toEqual([2000, 2400, 2800]);
  });

  it("arrivals are whole microseconds, exact over a run: arrival i + rps x d is d seconds after arrival i", () => {
    // 3,000 rps: arrival i at floor(i x 1e6 / 3,000) µs; arrival i + 300 is exactly 100,000 µs later.
    const arrivals = microseconds({ kind: "constant", rps: 3000, startSecond: 0, endSecond: 2 });
    expect(arrivals.slice(0, 4)).toEqual([0, 333, 666, 1000]);
    for (let i = 0; i + 300 < arrivals.length; i += 1) expect(arrivals[i + 300]! - arrivals[i]!).toBe(100_000);
    for (const pattern of [{ kind: "poisson", rps: 50, startSecond: 0 }, { kind: "ramp", fromRps: 3, toRps: 70, startSecond: 1 }] as const) {
      for (const time of microseconds(pattern)) expect(Number.isInteger(time)).toBe(true);
    }
  });

  it("constant defaults its end to durationSeconds", () => {
    expect(times({ kind: "constant", rps: 3, startSecond: 0 }, 4)).toHaveLength(12);
  });

  it("steps: each step holds its rate until the next", () => {
    const pattern: TrafficPattern = {
      kind: "steps",
      steps: [
        { atSecond: 0, rps: 2 },
        { atSecond: 1, rps: 0 },
        { atSecond: 2, rps: 4 },
      ],
      endSecond: 3,
    };
    expect(times(pattern)).toEqual([0, 500, 2000, 2250, 2500, 2750]);
    expect(expectedArrivals(pattern, 10)).toBe(6);
  });

  it("ramp: offers (from + to) / 2 x window, denser towards the higher rate", () => {
    const pattern: TrafficPattern = { kind: "ramp", fromRps: 0, toRps: 200, startSecond: 0, endSecond: 10 };
    const arrivals = times(pattern);
    expect(arrivals).toHaveLength(1000);
    expect(expectedArrivals(pattern, 10)).toBe(1000);
    expect(arrivals.filter((t) => t < 5000)).toHaveLength(250);
    expect(arrivals.every((t, i) => i === 0 || t > arrivals[i - 1]!)).toBe(true);
    expect(arrivals.at(-1)!).toBeLessThan(10_000);
    const falling = times({ kind: "ramp", fromRps: 200, toRps: 0, startSecond: 0, endSecond: 10 });
    expect(falling).toHaveLength(1000);
    expect(falling.filter((t) => t < 5000)).toHaveLength(750);
  });

  it("burst: all at once", () => {
    expect(times({ kind: "burst", count: 3, atSecond: 2 })).toEqual([2000, 2000, 2000]);
  });

  it("poisson: reproducible by seed, about rps x window arrivals, inside the window", () => {
    const pattern: TrafficPattern = { kind: "poisson", rps: 100, startSecond: 10, endSecond: 110 };
    const arrivals = times(pattern, 200, 7);
    expect(times(pattern, 200, 7)).toEqual(arrivals);
    expect(times(pattern, 200, 8)).not.toEqual(arrivals);
    // 10,000 expected; 5 standard deviations is 500.
    expect(Math.abs(arrivals.length - 10_000)).toBeLessThan(500);
    expect(arrivals[0]!).toBeGreaterThanOrEqual(10_000);
    expect(arrivals.at(-1)!).toBeLessThan(110_000);
  });
});
