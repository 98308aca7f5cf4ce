/**
 * An interval until the next review, reduced to one unit for a short label such as "Good · 3d".
 * Whole minutes, hours and days; months and years keep one decimal below 10 so that 1.5 months
 * and 2 months read differently.
 */
export const intervalUnits = ["minute", "hour", "day", "month", "year"] as const;
export type IntervalUnit = (typeof intervalUnits)[number];

export interface IntervalLabel {
  unit: IntervalUnit;
  value: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

function roundTenths(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

export function intervalLabel(ms: number): IntervalLabel {
  if (!Number.isFinite(ms)) throw new RangeError(`interval must be a finite number of milliseconds, got ${ms}`);
  const span = Math.max(0, ms);
  // Compare rounded values so that 59.7 minutes reads "1h", never "60m".
  const minutes = Math.max(1, Math.round(span / MINUTE));
  if (minutes < 60) return { unit: "minute", value: minutes };
  const hours = Math.round(span / HOUR);
  if (hours < 24) return { unit: "hour", value: hours };
  const days = Math.round(span / DAY);
  if (days < 30) return { unit: "day", value: days };
  const months = roundTenths(span / MONTH);
  if (months < 12) return { unit: "month", value: months };
  return { unit: "year", value: roundTenths(span / YEAR) };
}
