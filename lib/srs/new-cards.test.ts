import { describe, expect, it } from "vitest";
import { newCardsLeftToday } from "./new-cards";

describe("newCardsLeftToday", () => {
  it("subtracts the cards first reviewed today from the limit", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const firsts = [new Date("2026-11-22T08:00:00Z"), new Date("2026-11-22T11:59:00Z")];
    expect(newCardsLeftToday(20, firsts, now, "UTC")).toBe(18);
  });

  it("never goes below zero", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    expect(newCardsLeftToday(1, [now, now, now], now, "UTC")).toBe(0);
  });

  it("renews at the learner's local midnight, not at midnight UTC", () => {
    // 14:59 UTC is 23:59 in Seoul (UTC+9); 15:01 UTC is 00:01 the next day there.
    const lateEvening = new Date("2026-11-22T14:59:00Z");
    const justAfterMidnight = new Date("2026-11-22T15:01:00Z");
    expect(newCardsLeftToday(5, [lateEvening], lateEvening, "Asia/Seoul")).toBe(4);
    expect(newCardsLeftToday(5, [lateEvening], justAfterMidnight, "Asia/Seoul")).toBe(5);
    // The same two instants are one UTC day, so a UTC learner has still used one.
    expect(newCardsLeftToday(5, [lateEvening], justAfterMidnight, "UTC")).toBe(4);
  });

  it("counts a local day west of UTC that spans two UTC dates", () => {
    // 23:30 on 21 Nov in New York (UTC-5) is 04:30 UTC on 22 Nov; 08:00 New York is the next day there.
    const evening = new Date("2026-11-22T04:30:00Z");
    const morning = new Date("2026-11-22T13:00:00Z");
    expect(newCardsLeftToday(5, [evening], morning, "America/New_York")).toBe(5);
    expect(newCardsLeftToday(5, [evening], new Date("2026-11-22T04:45:00Z"), "America/New_York")).toBe(4);
  });
});
