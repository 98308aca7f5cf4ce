import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isoWeek, isValidTimeZone, localDay } from "./days";

describe("localDay", () => {
  it("splits days at midnight in the learner's zone, not in UTC", () => {
    // 14:59 UTC is 23:59 in Seoul (UTC+9); 15:01 UTC is 00:01 the next day there.
    expect(localDay(new Date("2026-03-10T14:59:00Z"), "Asia/Seoul")).toBe("2026-03-10");
    expect(localDay(new Date("2026-03-10T15:01:00Z"), "Asia/Seoul")).toBe("2026-03-11");
    expect(localDay(new Date("2026-03-10T15:01:00Z"), "UTC")).toBe("2026-03-10");
    expect(localDay(new Date("2026-03-10T23:59:00Z"), "UTC")).toBe("2026-03-10");
    expect(localDay(new Date("2026-03-11T00:01:00Z"), "UTC")).toBe("2026-03-11");
  });

  it("rejects an unknown zone", () => {
    expect(isValidTimeZone("Asia/Seoul")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(() => localDay(new Date(), "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("day arithmetic", () => {
  it("crosses month and leap-year ends", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
  });

  it("rejects malformed days", () => {
    expect(() => addDays("2026-3-1", 1)).toThrow(RangeError);
  });
});

describe("isoWeek", () => {
  it("matches ISO-8601 at year boundaries", () => {
    expect(isoWeek("2026-11-22")).toBe("2026-W47"); // a Sunday
    expect(isoWeek("2026-11-23")).toBe("2026-W48"); // the next Monday
    expect(isoWeek("2021-01-03")).toBe("2020-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
    expect(isoWeek("2026-01-01")).toBe("2026-W01");
  });
});
