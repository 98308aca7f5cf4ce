/**
 * Attempt seeds are unsigned 32-bit; Prisma's Int column is signed 32-bit. The same bits are
 * stored as a signed number and read back unsigned, so every seed round-trips exactly.
 */
export function toStoredSeed(seed: number): number {
  return seed | 0;
}

export function fromStoredSeed(stored: number): number {
  return stored >>> 0;
}
