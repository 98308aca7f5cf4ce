/**
 * Seeded, counter-based randomness: every random draw is a hash of (seed, stream, index, attempt)
 * rather than the next value of one shared sequence. A request's duration, error and alias routing
 * therefore depend only on which request it is, not on what happened before it, which keeps runs
 * reproducible and lets two scenarios that differ in one setting be compared request by request
 * (the monotonicity property tests rely on this).
 */

/** murmur3's 32-bit finaliser. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const TWO_32 = 4_294_967_296;

/** Folds any safe integer seed into 32 bits without losing its high half. */
export function foldSeed(seed: number): number {
  const low = ((seed % TWO_32) + TWO_32) % TWO_32;
  const high = Math.floor(seed / TWO_32) | 0;
  return mix32(low ^ mix32(high ^ 0x5bd1e995));
}

/** What a draw is for; each purpose gets its own stream so draws never collide. */
export const Purpose = {
  Arrival: 1,
  Route: 2,
  Duration: 3,
  DurationPair: 4,
  Error: 5,
  Jitter: 6,
  Reservoir: 7,
} as const;

/** Stream id of a purpose for one source (traffic entry or function), so sources are independent. */
export function streamOf(purpose: number, owner: number): number {
  return purpose + 16 * owner;
}

/** A uniform draw in [0, 1) for (seed, stream, index, attempt); seed is a folded 32-bit seed. */
export function unit(seed: number, stream: number, index: number, attempt: number): number {
  let h = mix32(seed ^ Math.imul(stream + 1, 0x9e3779b1));
  h = mix32(h ^ Math.imul((index % TWO_32) + 0x632be5ab, 0x85ebca77));
  h = mix32(h ^ Math.imul(Math.floor(index / TWO_32) + attempt + 0x2545f491, 0xc2b2ae3d));
  return h / TWO_32;
}

/** A standard normal draw from two uniforms (Box-Muller). */
export function standardNormal(u1: number, u2: number): number {
  // 1 - u1 lies in (0, 1], so the logarithm is finite.
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}
