import type { PrismaClient } from "@/lib/db/client";
import { topics, type Topic } from "@/lib/quiz";
import { getBadges, getTitles, type AchievementView } from "./achievements";
import { addDays, daysBetween, localDay } from "./days";
import { levelForExp } from "./levels";
import type { MasteryLevel } from "./mastery";
import { readSnapshot } from "./snapshot";
import { MAX_FREEZES } from "./streak";

/** About six months of study days, in whole weeks so the heatmap's columns are full. */
export const HEATMAP_WEEKS = 26;
/** Weeks of accuracy and retention history on the charts. */
export const TREND_WEEKS = 12;
/** Learner.dailyGoalExp's default in the schema, for a browser that has no learner row yet. */
const DEFAULT_DAILY_GOAL = 50;
/** FSRS: the card was in the Review state when rated (not new, not in learning steps). */
const REVIEW_STATE = 2;
/** FSRS: Good; Good and Easy count as remembered. */
const GOOD = 3;

export interface HeatmapDay {
  day: string;
  exp: number;
  frozen: boolean;
  /** after today: drawn empty, not announced */
  future: boolean;
}

export interface WeeklyRate {
  /** Monday of the week, YYYY-MM-DD in the learner's time zone */
  week: string;
  hits: number;
  total: number;
}

export interface Earnable extends AchievementView {
  earnedAt: Date | null;
}

export interface TopicRow {
  topic: Topic;
  level: MasteryLevel | null;
  score: number;
  answers: number;
}

export interface Dashboard {
  isNew: boolean;
  today: string;
  /** the IANA zone the learner's days are counted in */
  timeZone: string;
  totalExp: number;
  totalPoints: number;
  level: { level: number; current: number; needed: number };
  streak: { days: number; freezes: number; maxFreezes: number };
  dailyGoal: { goal: number; today: number };
  badges: Earnable[];
  titles: Earnable[];
  /** every quiz topic: answered ones weakest first, then the ones not started */
  topics: TopicRow[];
  /** HEATMAP_WEEKS columns of 7 days, Monday first */
  heatmap: HeatmapDay[][];
  accuracy: WeeklyRate[];
  retention: WeeklyRate[];
}

function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** Counts per learner-local week, oldest first, only for weeks with data. */
function weekly(rows: { at: Date; hit: boolean }[], timeZone: string, fromWeek: string): WeeklyRate[] {
  const byWeek = new Map<string, WeeklyRate>();
  for (const { at, hit } of rows) {
    const week = mondayOf(localDay(at, timeZone));
    if (week < fromWeek) continue;
    const entry = byWeek.get(week) ?? { week, hits: 0, total: 0 };
    entry.total++;
    if (hit) entry.hits++;
    byWeek.set(week, entry);
  }
  return [...byWeek.values()].sort((a, b) => a.week.localeCompare(b.week));
}

/** Everything the /progress page shows for one learner; a learner id of null is a learner with no progress. */
export async function progressDashboard(client: PrismaClient, learnerId: string | null, now: Date = new Date()): Promise<Dashboard> {
  if (learnerId === null) return emptyDashboard(now);
  const snapshot = await readSnapshot(client, learnerId, now);
  const { timeZone } = snapshot;
  const trendFrom = addDays(mondayOf(snapshot.today), -7 * (TREND_WEEKS - 1));
  // A week's margin before the first local day covers every time zone's offset from UTC.
  const since = new Date(`${addDays(trendFrom, -1)}T00:00:00Z`);
  const [achievements, answers, reviews] = await Promise.all([
    client.achievement.findMany({ where: { learnerId }, select: { kind: true, achievementId: true, earnedAt: true } }),
    client.quizAttempt.findMany({ where: { learnerId, correct: { not: null }, answeredAt: { gte: since } }, select: { correct: true, answeredAt: true } }),
    client.reviewLog.findMany({ where: { learnerId, state: REVIEW_STATE, reviewedAt: { gte: since } }, select: { rating: true, reviewedAt: true } }),
  ]);
  const earnedAt = (kind: string, id: string) => achievements.find((a) => a.kind === kind && a.achievementId === id)?.earnedAt ?? null;
  const byDay = new Map(snapshot.days.map((d) => [d.day, d]));

  return {
    isNew: snapshot.totalExp === 0 && snapshot.days.length === 0 && answers.length === 0 && reviews.length === 0,
    today: snapshot.today,
    timeZone,
    totalExp: snapshot.totalExp,
    totalPoints: snapshot.totalPoints,
    level: snapshot.level,
    streak: { ...snapshot.streak, maxFreezes: MAX_FREEZES },
    dailyGoal: { goal: snapshot.dailyGoalExp, today: snapshot.todayExp },
    badges: getBadges().map((b) => ({ ...b, earnedAt: earnedAt("badge", b.id) })),
    titles: getTitles().map((t) => ({ ...t, earnedAt: earnedAt("title", t.id) })),
    topics: topicRows(snapshot.mastery),
    heatmap: heatmap(snapshot.today, (day) => byDay.get(day)),
    accuracy: weekly(answers.map((a) => ({ at: a.answeredAt!, hit: a.correct! })), timeZone, trendFrom),
    retention: weekly(reviews.map((r) => ({ at: r.reviewedAt, hit: r.rating >= GOOD })), timeZone, trendFrom),
  };
}

function topicRows(mastery: { topic: string; level: MasteryLevel; score: number; answers: number }[]): TopicRow[] {
  const known = new Set<string>(topics);
  const answered = mastery.filter((m): m is typeof m & { topic: Topic } => known.has(m.topic));
  const started = new Set(answered.map((m) => m.topic));
  return [...answered, ...topics.filter((t) => !started.has(t)).map((topic) => ({ topic, level: null, score: 0, answers: 0 }))];
}

function heatmap(today: string, dayOf: (day: string) => { exp: number; frozen: boolean } | undefined): HeatmapDay[][] {
  const start = addDays(mondayOf(today), -7 * (HEATMAP_WEEKS - 1));
  return Array.from({ length: HEATMAP_WEEKS }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const day = addDays(start, w * 7 + d);
      const found = dayOf(day);
      return { day, exp: found?.exp ?? 0, frozen: found?.frozen ?? false, future: daysBetween(today, day) > 0 };
    }),
  );
}

function emptyDashboard(now: Date): Dashboard {
  const today = localDay(now, "UTC");
  return {
    isNew: true,
    today,
    timeZone: "UTC",
    totalExp: 0,
    totalPoints: 0,
    level: levelForExp(0),
    streak: { days: 0, freezes: 0, maxFreezes: MAX_FREEZES },
    dailyGoal: { goal: DEFAULT_DAILY_GOAL, today: 0 },
    badges: getBadges().map((b) => ({ ...b, earnedAt: null })),
    titles: getTitles().map((t) => ({ ...t, earnedAt: null })),
    topics: topicRows([]),
    heatmap: heatmap(today, () => undefined),
    accuracy: [],
    retention: [],
  };
}
