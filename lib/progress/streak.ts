import { addDays, daysBetween, isoWeek } from "./days";

/** Freezes a learner can bank; one is earned per ISO week with any study. */
export const MAX_FREEZES = 2;

export interface StudyDayRecord {
  day: string;
  /** a missed day covered by a streak freeze: it keeps the chain but is not a study day */
  frozen: boolean;
}

/**
 * Study days in the unbroken chain that is still alive on `today`. The chain may end today or
 * yesterday (today is not over yet); it also stays alive when it ended the day before yesterday and a
 * freeze is banked, because the next study day will spend that freeze on yesterday.
 */
export function currentStreak(days: readonly StudyDayRecord[], today: string, freezes: number): number {
  const byDay = new Map(days.map((d) => [d.day, d]));
  let end: string | null = null;
  for (const back of [0, 1, 2]) {
    const day = addDays(today, -back);
    if (byDay.has(day)) {
      end = day;
      break;
    }
    if (back === 1 && freezes === 0) break;
  }
  if (!end) return 0;
  let count = 0;
  for (let day = end; byDay.has(day); day = addDays(day, -1)) if (!byDay.get(day)!.frozen) count++;
  return count;
}

export interface FreezeState {
  freezes: number;
  freezeEarnedWeek: string | null;
}

export interface DayPlan extends FreezeState {
  /** the missed day to cover with a freeze, if one is spent */
  frozenDay: string | null;
}

/**
 * What the first study of `today` does to the freeze bank: a single missed day since the last study
 * day spends a banked freeze (spent before earning, so a freeze always comes from before the gap);
 * then the week's freeze is earned if this ISO week has not earned one and the bank has room.
 */
export function planFirstStudyOfDay(today: string, lastStudyDay: string | null, state: FreezeState): DayPlan {
  let { freezes, freezeEarnedWeek } = state;
  let frozenDay: string | null = null;
  if (lastStudyDay && daysBetween(lastStudyDay, today) === 2 && freezes > 0) {
    frozenDay = addDays(today, -1);
    freezes--;
  }
  const week = isoWeek(today);
  if (week !== freezeEarnedWeek && freezes < MAX_FREEZES) {
    freezes++;
    freezeEarnedWeek = week;
  }
  return { freezes, freezeEarnedWeek, frozenDay };
}
