import { localDay } from "@/lib/progress/days";

/**
 * The daily limit of new cards counts the learner's own calendar day (Learner.timeZone), so the
 * allowance renews at local midnight, not at midnight UTC.
 */

/** How far back a first review can lie and still be on today's local date: a day lasts at most 25 h (DST). */
export const LOCAL_DAY_LOOKBACK_MS = 26 * 60 * 60 * 1000;

/**
 * New cards the learner may still start today: the daily limit minus the cards first reviewed on
 * the local day of `now`. `firstReviews` may hold older instants; only today's count.
 */
export function newCardsLeftToday(limit: number, firstReviews: readonly Date[], now: Date, timeZone: string): number {
  const today = localDay(now, timeZone);
  const started = firstReviews.filter((at) => localDay(at, timeZone) === today).length;
  return Math.max(0, limit - started);
}
