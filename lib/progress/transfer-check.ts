import { default_maximum_interval } from "ts-fsrs";
import { getCard } from "@/lib/content/cards";
import { getLesson, getLessonSummaries } from "@/lib/content/lessons";
import { getQuestion, isScenarioQuestion, type Question } from "@/lib/quiz";
import { storedAttemptProblems } from "@/lib/quiz-session/stored";
import { memoryStateJsonProblems } from "@/lib/srs/stored-state";
import { earnedBadgeIds, getBadges, titleOfLesson, type Stats } from "./achievements";
import { addDays, daysBetween, isoWeek } from "./days";
import { levelForExp } from "./levels";
import { masteryOf, MASTERY_WINDOW } from "./mastery";
import { EXP, PERFECT_PREFIX, type RewardKind } from "./rules";
import type { ProgressExport } from "./transfer-schema";

/**
 * What a parsed progress file must also be to be imported: something this app could have written.
 * Every id names content that exists, every stored result is the grader's, every reward is one the
 * reward rules grant (its EXP and points are recomputed from the rules, never taken from the file),
 * every study day comes from its rewards, and every badge is earned by the file's own history.
 * Pure and linear in the file's size, yielding to other requests as it goes; the import runs it before
 * it opens its transaction.
 */

/** A clock a few hours fast, or a day in a zone ahead of UTC, is not "from the future". */
const CLOCK_SKEW_MS = 36 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ImportedReward = ProgressExport["rewards"][number] & { kind: RewardKind };

export interface CheckedFile {
  problems: string[];
  /** the file's rewards with kind, EXP and points as the rules grant them */
  rewards: ImportedReward[];
}

function duplicates<T>(rows: readonly T[], key: (row: T) => string, list: string, problems: string[]): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (seen.has(k)) problems.push(`${list}[${i}]: "${k}" appears twice`);
    seen.add(k);
  });
}

function notInFuture(at: Date | null, field: string, now: Date, problems: string[]): void {
  if (at && at.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push(`${field}: ${at.toISOString()} is in the future`);
}

function hasSection(lessonId: string, sectionId: string): boolean {
  return getLesson(lessonId)?.sections.some((s) => s.id === sectionId) ?? false;
}

function answerExp(question: Question, correct: boolean): number {
  if (!correct) return 0;
  return isScenarioQuestion(question) ? EXP.scenarioAnswer : EXP.answer;
}

type Grant = { kind: RewardKind; exp: number; points: number };

/** What the reward rules grant for a sourceKey, or why no rule grants it. */
function grantOf(sourceKey: string, attempts: ReadonlyMap<string, ProgressExport["attempts"][number]>): Grant | string {
  const [head, ...rest] = sourceKey.split(":");
  const tail = rest.join(":");
  if (sourceKey.startsWith(`${PERFECT_PREFIX}lesson:`)) {
    const lesson = getLesson(sourceKey.slice(`${PERFECT_PREFIX}lesson:`.length));
    return lesson ? { kind: "bonus", exp: 0, points: lesson.rewards.perfectBonus } : "names an unknown lesson";
  }
  if (sourceKey.startsWith(`${PERFECT_PREFIX}quiz:`)) {
    // lib/quiz-session/finish.ts: a set id is 24 hex digits of a hash of its attempt ids.
    return /^[0-9a-f]{24}$/.test(sourceKey.slice(`${PERFECT_PREFIX}quiz:`.length)) ? { kind: "quiz", exp: 0, points: 0 } : "is not a quiz set id";
  }
  switch (head) {
    case "lesson": {
      const lesson = getLesson(tail);
      return lesson ? { kind: "lesson", exp: lesson.rewards.exp, points: 0 } : "names an unknown lesson";
    }
    case "section": {
      const [lessonId = "", sectionId = ""] = tail.split(":");
      return hasSection(lessonId, sectionId) ? { kind: "section", exp: EXP.section, points: 0 } : "names an unknown lesson section";
    }
    case "review":
      // An undone rating keeps its reward (the ledger is append-only) while its log is gone, so the
      // log need not be in the file; the id must still be one the scheduler could have made.
      return /^[A-Za-z0-9_-]{1,64}$/.test(tail) ? { kind: "review", exp: EXP.review, points: 0 } : "is not a review log id";
    case "answer": {
      const attempt = attempts.get(tail);
      if (!attempt) return "names an attempt that is not in the file";
      const question = getQuestion(attempt.questionId);
      if (!question) return "names an attempt of an unknown question";
      if (attempt.correct === null) return "names an attempt that was not answered";
      return { kind: "answer", exp: answerExp(question, attempt.correct), points: 0 };
    }
    default:
      return "is not a reward this app grants";
  }
}

function checkRewards(data: ProgressExport, now: Date, problems: string[]): ImportedReward[] {
  const attempts = new Map(data.attempts.map((a) => [a.id, a]));
  duplicates(data.rewards, (r) => r.sourceKey, "rewards", problems);
  const rewards: ImportedReward[] = [];
  data.rewards.forEach((reward, i) => {
    const at = `rewards[${i}]`;
    const grant = grantOf(reward.sourceKey, attempts);
    if (typeof grant === "string") {
      problems.push(`${at}.sourceKey: "${reward.sourceKey}" ${grant}`);
      return;
    }
    if (reward.kind !== grant.kind) problems.push(`${at}.kind: "${reward.kind}" is not the kind of "${reward.sourceKey}" (${grant.kind})`);
    notInFuture(reward.createdAt, `${at}.createdAt`, now, problems);
    // The day is the learner's local day of the grant: within a day of its UTC date in any time zone.
    if (Math.abs(daysBetween(reward.createdAt.toISOString().slice(0, 10), reward.day)) > 1) problems.push(`${at}.day: ${reward.day} is not the day of its createdAt`);
    rewards.push({ ...reward, ...grant });
  });
  return rewards;
}

function checkSections(data: ProgressExport, now: Date, problems: string[]): void {
  duplicates(data.sections, (s) => `${s.lessonId}/${s.sectionId}`, "sections", problems);
  data.sections.forEach((s, i) => {
    if (!hasSection(s.lessonId, s.sectionId)) problems.push(`sections[${i}]: no section "${s.sectionId}" in lesson "${s.lessonId}"`);
    notInFuture(s.completedAt, `sections[${i}].completedAt`, now, problems);
  });
}

function checkCards(data: ProgressExport, now: Date, problems: string[]): void {
  duplicates(data.cards, (c) => c.cardId, "cards", problems);
  data.cards.forEach((c, i) => {
    if (!getCard(c.cardId)) problems.push(`cards[${i}].cardId: no card "${c.cardId}"`);
    notInFuture(c.lastReview, `cards[${i}].lastReview`, now, problems);
    if (c.lastReview && (c.due < c.lastReview || c.due.getTime() - c.lastReview.getTime() > 2 * default_maximum_interval * DAY_MS)) {
      problems.push(`cards[${i}].due: not within the longest interval after lastReview`);
    }
  });
}

function checkReviews(data: ProgressExport, now: Date, problems: string[]): void {
  duplicates(data.reviews, (r) => r.id, "reviews", problems);
  data.reviews.forEach((r, i) => {
    const at = `reviews[${i}]`;
    if (!getCard(r.cardId)) problems.push(`${at}.cardId: no card "${r.cardId}"`);
    notInFuture(r.reviewedAt, `${at}.reviewedAt`, now, problems);
    // A card rated from new (state 0) has no state to go back to; every other rating has one.
    if ((r.previousState === null) !== (r.state === 0)) problems.push(`${at}.previousState: ${r.state === 0 ? "a new card has none" : "missing for a card rated before"}`);
    if (r.previousState !== null) problems.push(...memoryStateJsonProblems(r.previousState, `${at}.previousState`));
  });
}

/** Attempts checked between two turns of the event loop: each re-reads a stored result of up to ~45 KB. */
const ATTEMPTS_PER_TURN = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function checkAttempts(data: ProgressExport, now: Date, problems: string[]): Promise<void> {
  duplicates(data.attempts, (a) => a.id, "attempts", problems);
  for (const [i, a] of data.attempts.entries()) {
    // Other learners' requests run in between: the checks of a large file never hold the process.
    if (i > 0 && i % ATTEMPTS_PER_TURN === 0) await nextTurn();
    const at = `attempts[${i}]`;
    const question = getQuestion(a.questionId);
    if (!question) {
      problems.push(`${at}.questionId: no question "${a.questionId}"`);
      continue;
    }
    if (a.lessonId !== question.lesson) problems.push(`${at}.lessonId: question "${question.id}" belongs to lesson "${question.lesson}"`);
    if (a.topic !== question.topic) problems.push(`${at}.topic: question "${question.id}" has topic "${question.topic}"`);
    notInFuture(a.createdAt, `${at}.createdAt`, now, problems);
    notInFuture(a.answeredAt, `${at}.answeredAt`, now, problems);
    if (a.answeredAt && a.answeredAt < a.createdAt) problems.push(`${at}.answeredAt: before createdAt`);
    problems.push(...storedAttemptProblems(question, a).map((p) => `${at}.${p}`));
  }
}

/** Study days come from grants (each grant adds to its day) and freezes (a missed day between two study days). */
function checkStudyDays(data: ProgressExport, rewards: readonly ImportedReward[], now: Date, problems: string[]): void {
  duplicates(data.studyDays, (d) => d.day, "studyDays", problems);
  const latest = new Date(now.getTime() + CLOCK_SKEW_MS).toISOString().slice(0, 10);
  const byDay = new Map(data.studyDays.map((d) => [d.day, d]));
  const rewardDays = new Set(rewards.map((r) => r.day));
  data.studyDays.forEach((d, i) => {
    const at = `studyDays[${i}]`;
    if (d.day > latest) problems.push(`${at}.day: ${d.day} is in the future`);
    if (!d.frozen) {
      if (!rewardDays.has(d.day)) problems.push(`${at}: a study day without any reward on ${d.day}`);
      return;
    }
    if (d.exp !== 0 || rewardDays.has(d.day)) problems.push(`${at}: a frozen day has no study`);
    const studied = (day: string) => byDay.get(day)?.frozen === false;
    if (!studied(addDays(d.day, -1)) || !studied(addDays(d.day, 1))) problems.push(`${at}: a freeze covers one missed day between two study days`);
  });
  for (const day of rewardDays) if (byDay.get(day)?.frozen !== false) problems.push(`rewards: a reward on ${day} without that study day`);
}

/** The longest streak the study days ever showed (frozen days keep the chain but do not count). */
function longestStreak(days: ProgressExport["studyDays"]): number {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  let best = 0;
  let run = 0;
  sorted.forEach((d, i) => {
    if (i === 0 || daysBetween(sorted[i - 1]!.day, d.day) !== 1) run = 0;
    if (!d.frozen) run++;
    best = Math.max(best, run);
  });
  return best;
}

/** The most topics mastered at any moment of the answer history. */
function mostTopicsMastered(attempts: ProgressExport["attempts"]): number {
  const answered = attempts.filter((a) => a.answeredAt && a.correct !== null).sort((a, b) => a.answeredAt!.getTime() - b.answeredAt!.getTime());
  const recent = new Map<string, boolean[]>();
  const mastered = new Set<string>();
  let best = 0;
  for (const a of answered) {
    const window = [a.correct!, ...(recent.get(a.topic) ?? [])].slice(0, MASTERY_WINDOW);
    recent.set(a.topic, window);
    if (masteryOf(window).level === "mastered") mastered.add(a.topic);
    else mastered.delete(a.topic);
    best = Math.max(best, mastered.size);
  }
  return best;
}

/** The badge statistics at their highest over the file's history: a badge earned once stays earned. */
function historyStats(data: ProgressExport, rewards: readonly ImportedReward[]): Stats {
  const lessons = new Set(getLessonSummaries().map((l) => l.id));
  const keys = new Set(rewards.map((r) => r.sourceKey));
  const correct = data.attempts.filter((a) => a.correct === true);
  return {
    lessons: rewards.filter((r) => r.kind === "lesson").length,
    perfectLessons: [...lessons].filter((id) => keys.has(`${PERFECT_PREFIX}lesson:${id}`)).length,
    perfects: rewards.filter((r) => r.sourceKey.startsWith(PERFECT_PREFIX)).length,
    streak: longestStreak(data.studyDays),
    reviews: rewards.filter((r) => r.kind === "review").length,
    correctAnswers: correct.length,
    scenarioCorrect: correct.filter((a) => {
      const question = getQuestion(a.questionId);
      return question !== undefined && isScenarioQuestion(question);
    }).length,
    level: levelForExp(rewards.reduce((sum, r) => sum + r.exp, 0)).level,
    topicsMastered: mostTopicsMastered(data.attempts),
  };
}

function checkAchievements(data: ProgressExport, rewards: readonly ImportedReward[], now: Date, problems: string[]): void {
  duplicates(data.achievements, (a) => `${a.kind}/${a.achievementId}`, "achievements", problems);
  const badges = new Set(getBadges().map((b) => b.id));
  const earned = new Set(earnedBadgeIds(historyStats(data, rewards)));
  const lessonsDone = new Set(rewards.filter((r) => r.kind === "lesson").map((r) => r.sourceKey.slice("lesson:".length)));
  data.achievements.forEach((a, i) => {
    const at = `achievements[${i}]`;
    notInFuture(a.earnedAt, `${at}.earnedAt`, now, problems);
    if (a.kind === "badge") {
      if (!badges.has(a.achievementId)) problems.push(`${at}.achievementId: no badge "${a.achievementId}"`);
      else if (!earned.has(a.achievementId)) problems.push(`${at}: badge "${a.achievementId}" is not earned by the file's history`);
    } else if (!titleOfLesson(a.achievementId)) {
      problems.push(`${at}.achievementId: no lesson title "${a.achievementId}"`);
    } else if (!lessonsDone.has(a.achievementId)) {
      problems.push(`${at}: title "${a.achievementId}" needs its lesson's reward`);
    }
  });
}

function checkSettings(data: ProgressExport, now: Date, problems: string[]): void {
  notInFuture(data.exportedAt, "exportedAt", now, problems);
  const week = data.settings.freezeEarnedWeek;
  if (week !== null && week > isoWeek(new Date(now.getTime() + CLOCK_SKEW_MS).toISOString().slice(0, 10))) problems.push("settings.freezeEarnedWeek: a week in the future");
}

/** Every reason the file is not one this app could have written, each with its field path. */
export async function checkProgressFile(data: ProgressExport, now: Date): Promise<CheckedFile> {
  const problems: string[] = [];
  checkSettings(data, now, problems);
  checkSections(data, now, problems);
  checkCards(data, now, problems);
  checkReviews(data, now, problems);
  await checkAttempts(data, now, problems);
  const rewards = checkRewards(data, now, problems);
  checkStudyDays(data, rewards, now, problems);
  checkAchievements(data, rewards, now, problems);
  return { problems, rewards };
}
