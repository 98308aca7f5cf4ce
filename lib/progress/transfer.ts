import { createHash, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import { insertMany } from "@/lib/db/insert-many";
import { formatPath } from "@/lib/content/errors";
import type { QuizMode } from "@/lib/quiz-session/schemas";
import { storeNewAchievements } from "./award";
import { readSnapshot } from "./snapshot";
import { checkProgressFile } from "./transfer-check";
import { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS, progressExportSchema, type ProgressExport, type ProgressExportJson } from "./transfer-schema";

export { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS, progressExportSchema, type ProgressExport, type ProgressExportJson } from "./transfer-schema";

/**
 * "Export my progress": one learner's rows as a versioned JSON document, and the merge that imports it
 * back. An import restores only what this app could have written (transfer-schema.ts bounds it,
 * transfer-check.ts checks it against content and the reward rules) and recomputes what is derived:
 * each reward's EXP and points from its rule, each study day's EXP from its rewards, totals, levels
 * and new badges from the merged ledger. Merging never duplicates: rewards by sourceKey, sections,
 * achievements and study days by their keys, review logs and attempts by id, and a card's state keeps
 * the more recently reviewed side.
 */

/** The merge's transaction is a few hundred milliseconds for the largest file; far past that, something is wrong. */
const TRANSACTION_TIMEOUT_MS = 10_000;

export class ProgressImportError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`not a valid progress file: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}`);
    this.name = "ProgressImportError";
    this.problems = problems;
  }
}

export async function exportProgress(client: PrismaClient, learnerId: string, now: Date = new Date()): Promise<ProgressExportJson> {
  const learner = await client.learner.findUniqueOrThrow({
    where: { id: learnerId },
    // A stable order, so the same progress always gives the same file.
    include: {
      sections: { orderBy: [{ lessonId: "asc" }, { sectionId: "asc" }] },
      cards: { orderBy: { cardId: "asc" } },
      reviews: { orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] },
      attempts: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      rewards: { orderBy: [{ createdAt: "asc" }, { sourceKey: "asc" }] },
      achievements: { orderBy: [{ kind: "asc" }, { achievementId: "asc" }] },
      studyDays: { orderBy: { day: "asc" } },
    },
  });
  const iso = (d: Date) => d.toISOString();
  const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    settings: {
      timeZone: learner.timeZone,
      readingMode: learner.readingMode as "en" | "ko" | "both" | null,
      cardDirection: learner.cardDirection as "en-ko" | "ko-en" | "both",
      desiredRetention: learner.desiredRetention,
      newCardsPerDay: learner.newCardsPerDay,
      dailyGoalExp: learner.dailyGoalExp,
      streakFreezes: learner.streakFreezes,
      freezeEarnedWeek: learner.freezeEarnedWeek,
    },
    sections: learner.sections.map((s) => ({ lessonId: s.lessonId, sectionId: s.sectionId, completedAt: iso(s.completedAt) })),
    cards: learner.cards.map((c) => ({
      cardId: c.cardId,
      due: iso(c.due),
      stability: c.stability,
      difficulty: c.difficulty,
      elapsedDays: c.elapsedDays,
      scheduledDays: c.scheduledDays,
      learningSteps: c.learningSteps,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      lastReview: isoOrNull(c.lastReview),
    })),
    reviews: learner.reviews.map((r) => ({
      id: r.id,
      cardId: r.cardId,
      rating: r.rating,
      state: r.state,
      due: iso(r.due),
      stability: r.stability,
      difficulty: r.difficulty,
      elapsedDays: r.elapsedDays,
      scheduledDays: r.scheduledDays,
      learningSteps: r.learningSteps,
      reviewedAt: iso(r.reviewedAt),
      previousState: r.previousState,
    })),
    // The idempotency key stays behind: it only matters while an attempt can still be resubmitted.
    attempts: learner.attempts.map((a) => ({
      id: a.id,
      questionId: a.questionId,
      lessonId: a.lessonId,
      topic: a.topic,
      mode: a.mode as QuizMode,
      seed: a.seed,
      params: a.params,
      createdAt: iso(a.createdAt),
      answer: a.answer,
      correct: a.correct,
      result: a.result,
      answeredAt: isoOrNull(a.answeredAt),
    })),
    rewards: learner.rewards.map((r) => ({ sourceKey: r.sourceKey, kind: r.kind, exp: r.exp, points: r.points, day: r.day, createdAt: iso(r.createdAt) })),
    achievements: learner.achievements.map((a) => ({ kind: a.kind as "badge" | "title", achievementId: a.achievementId, earnedAt: iso(a.earnedAt) })),
    studyDays: learner.studyDays.map((d) => ({ day: d.day, exp: d.exp, frozen: d.frozen })),
  };
}

/** A list over its limit is refused before any of its rows is parsed, however long it is. */
function oversizedLists(json: unknown): string[] {
  if (typeof json !== "object" || json === null) return [];
  return Object.entries(IMPORT_LIMITS)
    .filter(([list, limit]) => {
      const rows = (json as Record<string, unknown>)[list];
      return Array.isArray(rows) && rows.length > limit;
    })
    .map(([list, limit]) => `${list}: more than ${limit} rows (${((json as Record<string, unknown[]>)[list] ?? []).length})`);
}

export function parseProgressExport(json: unknown): ProgressExport {
  const oversized = oversizedLists(json);
  if (oversized.length) throw new ProgressImportError(oversized);
  const parsed = progressExportSchema.safeParse(json);
  if (!parsed.success) throw new ProgressImportError(parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  return parsed.data;
}

/** The file parsed and checked, with its rewards as the rules grant them; ProgressImportError with every reason otherwise. */
export async function checkedProgressExport(json: unknown, now: Date) {
  const data = parseProgressExport(json);
  const { problems, rewards } = await checkProgressFile(data, now);
  if (problems.length) throw new ProgressImportError(problems);
  return { ...data, rewards };
}

export interface ImportSummary {
  rewards: number;
  sections: number;
  cards: number;
  reviews: number;
  attempts: number;
  achievements: number;
  studyDays: number;
}

/**
 * Ids are global, so a row exported from another learner of this same database (a second browser on the
 * same server) cannot keep its id here; it gets one derived from (learner, original id), the same on
 * every import, so importing twice still finds it.
 */
function localId(learnerId: string, original: string, takenByOther: boolean): string {
  return takenByOther ? `imp_${createHash("sha256").update(`${learnerId}:${original}`).digest("base64url").slice(0, 24)}` : original;
}

/** SQLite refuses a statement with more bound parameters than this (its default limit is 999 in older builds). */
const IDS_PER_QUERY = 500;

type Owned = { id: string; learnerId: string };

/** The rows of the given ids, looked up a bounded number of ids per statement. */
async function findByIds(ids: string[], find: (ids: string[]) => Promise<Owned[]>): Promise<Owned[]> {
  const found: Owned[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) found.push(...(await find(ids.slice(i, i + IDS_PER_QUERY))));
  return found;
}

/** The rows to insert, under their local ids, leaving out the ones this learner already has. */
async function missingRows<T extends { id: string }>(rows: T[], learnerId: string, find: (ids: string[]) => Promise<Owned[]>): Promise<T[]> {
  const owner = new Map((await findByIds(rows.map((r) => r.id), find)).map((r) => [r.id, r.learnerId]));
  const placed = rows.map((r) => ({ ...r, id: localId(learnerId, r.id, owner.has(r.id) && owner.get(r.id) !== learnerId) }));
  const derivedHeld = new Set((await findByIds(placed.filter((r, i) => r.id !== rows[i]!.id).map((r) => r.id), find)).map((r) => r.id));
  return placed.filter((r, i) => owner.get(rows[i]!.id) !== learnerId && !derivedHeld.has(r.id));
}

/** Merges an exported document into a learner's progress, in one short transaction. */
export async function importProgress(client: PrismaClient, learnerId: string, json: unknown, now: Date = new Date()): Promise<ImportSummary> {
  const data = await checkedProgressExport(json, now);
  const summary: ImportSummary = { rewards: 0, sections: 0, cards: 0, reviews: 0, attempts: 0, achievements: 0, studyDays: 0 };
  await client.$transaction(
    async (tx) => {
      const learner = await tx.learner.findUniqueOrThrow({ where: { id: learnerId } });

      const heldKeys = new Set((await tx.rewardEvent.findMany({ where: { learnerId }, select: { sourceKey: true } })).map((r) => r.sourceKey));
      const rewards = data.rewards.filter((r) => !heldKeys.has(r.sourceKey));
      await insertMany(
        tx,
        "RewardEvent",
        ["id", "learnerId", "sourceKey", "kind", "exp", "points", "day", "createdAt"],
        rewards.map((r) => [randomUUID(), learnerId, r.sourceKey, r.kind, r.exp, r.points, r.day, r.createdAt]),
      );
      summary.rewards = rewards.length;

      const heldSections = new Set((await tx.sectionProgress.findMany({ where: { learnerId } })).map((s) => `${s.lessonId}/${s.sectionId}`));
      const sections = data.sections.filter((s) => !heldSections.has(`${s.lessonId}/${s.sectionId}`));
      if (sections.length) await tx.sectionProgress.createMany({ data: sections.map((s) => ({ ...s, learnerId })) });
      summary.sections = sections.length;

      const heldAchievements = new Set((await tx.achievement.findMany({ where: { learnerId } })).map((a) => `${a.kind}/${a.achievementId}`));
      const achievements = data.achievements.filter((a) => !heldAchievements.has(`${a.kind}/${a.achievementId}`));
      if (achievements.length) await tx.achievement.createMany({ data: achievements.map((a) => ({ ...a, learnerId })) });
      summary.achievements = achievements.length;

      summary.studyDays = await mergeStudyDays(tx, learnerId, data.studyDays);

      const heldCards = new Map((await tx.cardState.findMany({ where: { learnerId } })).map((c) => [c.cardId, c]));
      for (const card of data.cards) {
        const held = heldCards.get(card.cardId);
        if (held && (held.lastReview?.getTime() ?? -1) >= (card.lastReview?.getTime() ?? -1)) continue;
        await tx.cardState.upsert({ where: { learnerId_cardId: { learnerId, cardId: card.cardId } }, create: { ...card, learnerId }, update: card });
        summary.cards++;
      }

      const reviews = await missingRows(data.reviews, learnerId, (ids) => tx.reviewLog.findMany({ where: { id: { in: ids } }, select: { id: true, learnerId: true } }));
      await insertMany(
        tx,
        "ReviewLog",
        ["id", "learnerId", "cardId", "rating", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "previousState"],
        reviews.map((r) => [r.id, learnerId, r.cardId, r.rating, r.state, r.due, r.stability, r.difficulty, r.elapsedDays, r.scheduledDays, r.learningSteps, r.reviewedAt, r.previousState]),
      );
      summary.reviews = reviews.length;

      const attempts = await missingRows(data.attempts, learnerId, (ids) => tx.quizAttempt.findMany({ where: { id: { in: ids } }, select: { id: true, learnerId: true } }));
      await insertMany(
        tx,
        "QuizAttempt",
        ["id", "learnerId", "questionId", "lessonId", "topic", "mode", "seed", "params", "createdAt", "answer", "correct", "result", "answeredAt"],
        attempts.map((a) => [a.id, learnerId, a.questionId, a.lessonId, a.topic, a.mode, a.seed, a.params, a.createdAt, a.answer, a.correct, a.result, a.answeredAt]),
      );
      summary.attempts = attempts.length;

      const { settings } = data;
      await tx.learner.update({
        where: { id: learnerId },
        data: {
          timeZone: settings.timeZone,
          // An unchosen mode in the file keeps the one this learner chose.
          readingMode: settings.readingMode ?? learner.readingMode,
          cardDirection: settings.cardDirection,
          desiredRetention: settings.desiredRetention,
          newCardsPerDay: settings.newCardsPerDay,
          dailyGoalExp: settings.dailyGoalExp,
          streakFreezes: Math.max(learner.streakFreezes, settings.streakFreezes),
          freezeEarnedWeek: [learner.freezeEarnedWeek, settings.freezeEarnedWeek].filter((w): w is string => w !== null).sort().at(-1) ?? null,
        },
      });

      // The merged history may earn badges neither side had (e.g. 60 + 60 reviews).
      const snapshot = await readSnapshot(tx, learnerId, now);
      summary.achievements += await storeNewAchievements(tx, learnerId, snapshot.stats, { completedLessons: snapshot.completedLessons, perfectLessons: snapshot.stats.perfectLessons }, now).then(
        (r) => r.newBadges.length + r.newTitles.length,
      );
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
  return summary;
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A day studied on either side is a study day (frozen only when frozen on both); its EXP is the sum of
 * the merged ledger's rewards on that day, whatever either side's row said, so a second import changes
 * nothing. Returns how many days were new.
 */
async function mergeStudyDays(tx: Tx, learnerId: string, days: ProgressExport["studyDays"]): Promise<number> {
  if (days.length === 0) return 0;
  // All of the learner's days: bounded like the file's, and one statement however many there are.
  const [held, sums] = await Promise.all([
    tx.studyDay.findMany({ where: { learnerId } }),
    tx.rewardEvent.groupBy({ by: ["day"], where: { learnerId }, _sum: { exp: true } }),
  ]);
  const heldByDay = new Map(held.map((d) => [d.day, d]));
  const expOf = new Map(sums.map((s) => [s.day, s._sum.exp ?? 0]));
  const fresh = days.filter((d) => !heldByDay.has(d.day)).map((d) => ({ day: d.day, frozen: d.frozen, exp: expOf.get(d.day) ?? 0 }));
  await insertMany(
    tx,
    "StudyDay",
    ["learnerId", "day", "exp", "frozen"],
    fresh.map((d) => [learnerId, d.day, d.exp, d.frozen]),
  );
  for (const d of days) {
    const before = heldByDay.get(d.day);
    if (!before) continue;
    const after = { exp: expOf.get(d.day) ?? 0, frozen: before.frozen && d.frozen };
    if (after.exp !== before.exp || after.frozen !== before.frozen) await tx.studyDay.update({ where: { learnerId_day: { learnerId, day: d.day } }, data: after });
  }
  return fresh.length;
}
