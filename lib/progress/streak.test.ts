import { describe, expect, it } from "vitest";
import { currentStreak, MAX_FREEZES, planFirstStudyOfDay, type StudyDayRecord } from "./streak";

const study = (...days: string[]): StudyDayRecord[] => days.map((day) => ({ day, frozen: false }));

describe("currentStreak", () => {
  it("counts the chain ending today or yesterday", () => {
    const days = study("2026-03-08", "2026-03-09", "2026-03-10");
    expect(currentStreak(days, "2026-03-10", 0)).toBe(3);
    expect(currentStreak(days, "2026-03-11", 0)).toBe(3);
    expect(currentStreak(days, "2026-03-12", 0)).toBe(0);
  });

  it("stays alive over one missed day only while a freeze is banked", () => {
    const days = study("2026-03-09", "2026-03-10");
    expect(currentStreak(days, "2026-03-12", 1)).toBe(2);
    expect(currentStreak(days, "2026-03-13", 1)).toBe(0);
  });

  it("bridges frozen days without counting them", () => {
    const days = [...study("2026-03-08", "2026-03-10"), { day: "2026-03-09", frozen: true }];
    expect(currentStreak(days, "2026-03-10", 0)).toBe(2);
  });

  it("is 0 with no study", () => {
    expect(currentStreak([], "2026-03-10", 2)).toBe(0);
  });
});

describe("planFirstStudyOfDay", () => {
  it("spends a freeze on a single missed day", () => {
    // 2026-03-11 is a Wednesday in 2026-W11; the freeze was earned that week already.
    const plan = planFirstStudyOfDay("2026-03-11", "2026-03-09", { freezes: 1, freezeEarnedWeek: "2026-W11" });
    expect(plan).toEqual({ frozenDay: "2026-03-10", freezes: 0, freezeEarnedWeek: "2026-W11" });
  });

  it("does not spend a freeze on two missed days, nor without one banked", () => {
    expect(planFirstStudyOfDay("2026-03-12", "2026-03-09", { freezes: 2, freezeEarnedWeek: "2026-W11" }).frozenDay).toBeNull();
    expect(planFirstStudyOfDay("2026-03-11", "2026-03-09", { freezes: 0, freezeEarnedWeek: "2026-W11" }).frozenDay).toBeNull();
  });

  it("spends before earning, so the new week's freeze cannot cover the gap before it", () => {
    // Sunday 2026-03-15 missed; Monday 2026-03-16 starts 2026-W12.
    const plan = planFirstStudyOfDay("2026-03-16", "2026-03-14", { freezes: 0, freezeEarnedWeek: "2026-W11" });
    expect(plan).toEqual({ frozenDay: null, freezes: 1, freezeEarnedWeek: "2026-W12" });
  });

  it("earns one freeze per ISO week, never twice in the same week", () => {
    const monday = planFirstStudyOfDay("2026-03-09", null, { freezes: 0, freezeEarnedWeek: null });
    expect(monday).toMatchObject({ freezes: 1, freezeEarnedWeek: "2026-W11" });
    const tuesday = planFirstStudyOfDay("2026-03-10", "2026-03-09", monday);
    expect(tuesday).toMatchObject({ freezes: 1, freezeEarnedWeek: "2026-W11" });
  });

  it("banks at most MAX_FREEZES", () => {
    const plan = planFirstStudyOfDay("2026-03-16", "2026-03-15", { freezes: MAX_FREEZES, freezeEarnedWeek: "2026-W11" });
    expect(plan.freezes).toBe(MAX_FREEZES);
    expect(plan.freezeEarnedWeek).toBe("2026-W11");
  });
});
