/**
 * The level curve. Reaching level n takes round(100 · (n − 1)^1.5) EXP in total:
 * level 1 at 0, 2 at 100, 3 at 283, 4 at 520, 5 at 800, 10 at 2,700, 20 at 8,282.
 * Early levels come after one lesson or a short quiz; later ones take steady weeks of study, so a
 * level-up stays an event without ever stalling.
 */
export function expForLevel(level: number): number {
  if (!Number.isInteger(level) || level < 1) throw new RangeError(`level must be an integer ≥ 1, got ${level}`);
  return Math.round(100 * Math.pow(level - 1, 1.5));
}

export interface LevelInfo {
  level: number;
  /** EXP earned since this level was reached */
  current: number;
  /** EXP between this level and the next */
  needed: number;
}

export function levelForExp(totalExp: number): LevelInfo {
  if (!Number.isFinite(totalExp) || totalExp < 0) throw new RangeError(`total EXP must be ≥ 0, got ${totalExp}`);
  let level = 1;
  while (expForLevel(level + 1) <= totalExp) level++;
  const floor = expForLevel(level);
  return { level, current: totalExp - floor, needed: expForLevel(level + 1) - floor };
}
