/**
 * A small seeded pseudo-random generator for the quiz (parameter draws, option shuffles).
 * Deterministic: the same seed always yields the same sequence, on the server and in tests.
 * Never use Math.random in lib/quiz: an attempt must be re-gradable from its stored seed.
 */

/** FNV-1a over a string, 32-bit. Used to derive a stream per question from one attempt seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes two 32-bit values into one (a murmur3-style finaliser), so nearby seeds diverge quickly. */
export function mixSeeds(a: number, b: number): number {
  let h = (Math.imul(a >>> 0, 0x9e3779b1) ^ (b >>> 0)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n), n >= 1. */
  int(n: number): number;
}

/** mulberry32: tiny, fast and good enough for drawing quiz parameters. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(n: number): number {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`int(n) needs a positive integer, got ${n}`);
      return Math.floor(next() * n);
    },
  };
}

/** The stream for one purpose ("params", "options", ...) of one question in one attempt. */
export function rngFor(seed: number, questionId: string, purpose: string): Rng {
  return createRng(mixSeeds(seed, hashString(`${questionId}\u0000${purpose}`)));
}

/** Fisher-Yates shuffle into a new array; the input is not modified. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
