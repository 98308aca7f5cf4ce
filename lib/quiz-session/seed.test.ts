import { describe, expect, it } from "vitest";
import { fromStoredSeed, toStoredSeed } from "./seed";

describe("stored seeds", () => {
  it.each([0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1])("round-trips %d through a signed 32-bit column", (seed) => {
    const stored = toStoredSeed(seed);
    expect(stored).toBeGreaterThanOrEqual(-(2 ** 31));
    expect(stored).toBeLessThan(2 ** 31);
    expect(fromStoredSeed(stored)).toBe(seed);
  });
});
