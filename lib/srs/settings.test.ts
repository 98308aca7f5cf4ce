import { describe, expect, it } from "vitest";
import { clampRetention, RETENTION_MAX, RETENTION_MIN, srsSettingsSchema } from "./settings";

describe("clampRetention", () => {
  it("keeps values inside 0.70–0.97", () => {
    expect(clampRetention(0.9)).toBe(0.9);
    expect(clampRetention(RETENTION_MIN)).toBe(RETENTION_MIN);
    expect(clampRetention(RETENTION_MAX)).toBe(RETENTION_MAX);
  });

  it("pulls values outside the range to the nearest bound", () => {
    expect(clampRetention(0.5)).toBe(RETENTION_MIN);
    expect(clampRetention(0.995)).toBe(RETENTION_MAX);
    expect(clampRetention(1.5)).toBe(RETENTION_MAX);
  });

  it("uses the default for a value that is not a number", () => {
    expect(clampRetention(Number.NaN)).toBe(0.9);
  });
});

describe("srsSettingsSchema", () => {
  const valid = { desiredRetention: 0.85, newCardsPerDay: 15, cardDirection: "ko-en" };

  it("accepts settings in range", () => {
    expect(srsSettingsSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ ...valid, desiredRetention: 0.69 }, "desiredRetention"],
    [{ ...valid, desiredRetention: 0.98 }, "desiredRetention"],
    [{ ...valid, newCardsPerDay: -1 }, "newCardsPerDay"],
    [{ ...valid, newCardsPerDay: 101 }, "newCardsPerDay"],
    [{ ...valid, newCardsPerDay: 2.5 }, "newCardsPerDay"],
    [{ ...valid, cardDirection: "fr-en" }, "cardDirection"],
  ])("rejects %o at %s", (input, field) => {
    const result = srsSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});
