import { describe, expect, it } from "vitest";
import { previewIntervals, scheduleReview, NEW_STATE } from "./scheduler";

const now = new Date("2026-11-22T09:00:00Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe("scheduleReview", () => {
  it("starts a new card in learning: Again in 1 minute, Good in 10 minutes (FSRS default steps)", () => {
    const again = scheduleReview("card-a", null, 1, now, 0.9);
    const good = scheduleReview("card-a", null, 3, now, 0.9);
    expect(again.next.due.getTime() - now.getTime()).toBe(MINUTE);
    expect(good.next.due.getTime() - now.getTime()).toBe(10 * MINUTE);
    expect(good.next.reps).toBe(1);
    expect(good.next.lastReview).toEqual(now);
    expect(good.log).toMatchObject({ rating: 3, state: NEW_STATE, reviewedAt: now });
  });

  it("sends an Easy new card straight to review, days away", () => {
    const easy = scheduleReview("card-a", null, 4, now, 0.9);
    expect(easy.next.state).toBe(2);
    expect(easy.next.due.getTime() - now.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it("orders intervals Again < Hard < Good < Easy for a card in review", () => {
    const learned = scheduleReview("card-a", null, 4, now, 0.9).next;
    const later = learned.due;
    const preview = previewIntervals("card-a", learned, later, 0.9);
    expect(preview[1]).toBeLessThan(preview[2]);
    expect(preview[2]).toBeLessThan(preview[3]);
    expect(preview[3]).toBeLessThan(preview[4]);
  });

  it("previews exactly what the rating then schedules", () => {
    const learned = scheduleReview("card-a", null, 4, now, 0.9).next;
    const preview = previewIntervals("card-a", learned, learned.due, 0.9);
    for (const rating of [1, 2, 3, 4] as const) {
      const { next } = scheduleReview("card-a", learned, rating, learned.due, 0.9);
      expect(next.due.getTime() - learned.due.getTime()).toBe(preview[rating]);
    }
  });

  it("is deterministic: same card, state, rating and instant give the same result", () => {
    const learned = scheduleReview("card-a", null, 4, now, 0.9).next;
    const a = scheduleReview("card-a", learned, 3, learned.due, 0.9);
    const b = scheduleReview("card-a", learned, 3, learned.due, 0.9);
    expect(a).toEqual(b);
  });

  it("schedules longer intervals at lower desired retention", () => {
    const learned = scheduleReview("card-a", null, 4, now, 0.9).next;
    const strict = previewIntervals("card-a", learned, learned.due, 0.97)[3];
    const relaxed = previewIntervals("card-a", learned, learned.due, 0.7)[3];
    expect(relaxed).toBeGreaterThan(strict);
  });

  it("clamps retention outside 0.70–0.97 instead of scheduling with it", () => {
    const learned = scheduleReview("card-a", null, 4, now, 0.9).next;
    expect(previewIntervals("card-a", learned, learned.due, 0.999)).toEqual(previewIntervals("card-a", learned, learned.due, 0.97));
    expect(previewIntervals("card-a", learned, learned.due, 0.2)).toEqual(previewIntervals("card-a", learned, learned.due, 0.7));
  });
});
