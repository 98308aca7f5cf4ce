import { describe, expect, it } from "vitest";
import { intervalLabel } from "./intervals";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("intervalLabel", () => {
  it.each([
    [0, { unit: "minute", value: 1 }],
    [MINUTE, { unit: "minute", value: 1 }],
    [10 * MINUTE, { unit: "minute", value: 10 }],
    [59.7 * MINUTE, { unit: "hour", value: 1 }],
    [5 * HOUR, { unit: "hour", value: 5 }],
    [23.6 * HOUR, { unit: "day", value: 1 }],
    [3 * DAY, { unit: "day", value: 3 }],
    [45 * DAY, { unit: "month", value: 1.5 }],
    [330 * DAY, { unit: "month", value: 11 }],
    [358 * DAY, { unit: "year", value: 1 }],
    [800 * DAY, { unit: "year", value: 2.2 }],
  ])("%d ms reads %o", (ms, expected) => {
    expect(intervalLabel(ms)).toEqual(expected);
  });

  it("rejects a non-finite interval", () => {
    expect(() => intervalLabel(Number.NaN)).toThrow(RangeError);
  });
});
