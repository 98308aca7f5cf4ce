import { createHash } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import { formatPath } from "@/lib/content/errors";
import { storeNewAchievements } from "./award";
import { timeZoneSchema } from "@/lib/learner/time-zone";
import { readSnapshot } from "./snapshot";
import { MAX_FREEZES } from "./streak";

/**
 * "Export my progress": one learner's rows as a versioned JSON document, and the merge that imports it
 * back. Merging never duplicates: rewards by sourceKey, sections, achievements and study days by their
 * keys, review logs and attempts by id, and a card's state keeps the more recently reviewed side.
 */
export const EXPORT_FORMAT = "concurrency-lab/progress";
export const EXPORT_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day must be YYYY-MM-DD");
const id = z.string().min(1).max(200);
const MAX_ROWS = 100_000;

export const progressExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoDate,
  settings: z.strictObject({
    timeZone: timeZoneSchema,
    // null: never chosen, so the reader follows the URL's language.
    readingMode: z.enum(["en", "ko", "both"]).nullable(),
    cardDirection: z.enum(["en-ko", "ko-en", "both"]),
    desiredRetention: z.number().min(0.7).max(0.99),
    newCardsPerDay: z.int().min(0).max(1000),
    dailyGoalExp: z.int().min(1).max(10_000),
    streakFreezes: z.int().min(0).max(MAX_FREEZES),
    freezeEarnedWeek: z.string().regex(/^\d{4}-W\d{2}$/).nullable(),
  }),
  sections: z.array(z.strictObject({ lessonId: id, sectionId: id, completedAt: isoDate })).max(MAX_ROWS),
  cards: z
    .array(
      z.strictObject({
        cardId: id,
        due: isoDate,
        stability: z.number(),
        difficulty: z.number(),
        elapsedDays: z.int(),
        scheduledDays: z.int(),
        learningSteps: z.int(),
        reps: z.int().min(0),
        lapses: z.int().min(0),
        state: z.int().min(0).max(3),
        lastReview: isoDate.nullable(),
      }),
    )
    .max(MAX_ROWS),
  reviews: z
    .array(
      z.strictObject({
        id,
        cardId: id,
        rating: z.int().min(1).max(4),
        state: z.int().min(0).max(3),
        due: isoDate,
        stability: z.number(),
        difficulty: z.number(),
        elapsedDays: z.int(),
        scheduledDays: z.int(),
        learningSteps: z.int(),
        reviewedAt: isoDate,
        previousState: z.string().max(10_000).nullable(),
      }),
    )
    .max(MAX_ROWS),
  attempts: z
    .array(
      z.strictObject({
        id,
        questionId: id,
        lessonId: id,
        topic: id,
        mode: z.string().min(1).max(50),
        seed: z.int(),
        params: z.string().max(10_000),
        createdAt: isoDate,
        answer: z.string().max(10_000).nullable(),
        correct: z.boolean().nullable(),
        result: z.string().max(100_000).nullable(),
        answeredAt: isoDate.nullable(),
      }),
    )
    .max(MAX_ROWS),
  rewards: z
    .array(z.strictObject({ sourceKey: z.string().min(1).max(200), kind: z.string().min(1).max(50), exp: z.int().min(0), points: z.int().min(0), day, createdAt: isoDate }))
    .max(MAX_ROWS),
  achievements: z.array(z.strictObject({ kind: z.enum(["badge", "title"]), achievementId: id, earnedAt: isoDate })).max(MAX_ROWS),
  studyDays: z.array(z.strictObject({ day, exp: z.int().min(0), frozen: z.boolean() })).max(MAX_ROWS),
});
export type ProgressExport = z.output<typeof progressExportSchema>;
/** The document as JSON carries it: dates as ISO strings. */
export type ProgressExportJson = z.input<typeof progressExportSchema>;

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
    include: { sections: true, cards: true, reviews: true, attempts: true, rewards: true, achievements: true, studyDays: true },
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
      mode: a.mode,
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

export function parseProgressExport(json: unknown): ProgressExport {
  const parsed = progressExportSchema.safeParse(json);
  if (!parsed.success) throw new ProgressImportError(parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  return parsed.data;
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

/** The rows to insert, under their local ids, leaving out the ones this learner already has. */
async function missingRows<T extends { id: string }>(rows: T[], learnerId: string, find: (ids: string[]) => Promise<{ id: string; learnerId: string }[]>): Promise<T[]> {
  const owner = new Map((await find(rows.map((r) => r.id))).map((r) => [r.id, r.learnerId]));
  const placed = rows.map((r) => ({ ...r, id: localId(learnerId, r.id, owner.has(r.id) && owner.get(r.id) !== learnerId) }));
  const derivedHeld = new Set((await find(placed.filter((r, i) => r.id !== rows[i]!.id).map((r) => r.id))).map((r) => r.id));
  return placed.filter((r, i) => owner.get(rows[i]!.id) !== learnerId && !derivedHeld.has(r.id));
}

/** Merges an exported document into a learner's progress, in one transaction. */
export async function importProgress(client: PrismaClient, learnerId: string, json: unknown, now: Date = new Date()): Promise<ImportSummary> {
  const data = parseProgressExport(json);
  const summary: ImportSummary = { rewards: 0, sections: 0, cards: 0, reviews: 0, attempts: 0, achievements: 0, studyDays: 0 };
  await client.$transaction(
    async (tx) => {
      const learner = await tx.learner.findUniqueOrThrow({ where: { id: learnerId } });

      const heldKeys = new Set((await tx.rewardEvent.findMany({ where: { learnerId }, select: { sourceKey: true } })).map((r) => r.sourceKey));
      const rewards = data.rewards.filter((r) => !heldKeys.has(r.sourceKey));
      if (rewards.length) await tx.rewardEvent.createMany({ data: rewards.map((r) => ({ ...r, learnerId })) });
      summary.rewards = rewards.length;

      const heldSections = new Set((await tx.sectionProgress.findMany({ where: { learnerId } })).map((s) => `${s.lessonId}/${s.sectionId}`));
      const sections = data.sections.filter((s) => !heldSections.has(`${s.lessonId}/${s.sectionId}`));
      if (sections.length) await tx.sectionProgress.createMany({ data: sections.map((s) => ({ ...s, learnerId })) });
      summary.sections = sections.length;

      const heldAchievements = new Set((await tx.achievement.findMany({ where: { learnerId } })).map((a) => `${a.kind}/${a.achievementId}`));
      const achievements = data.achievements.filter((a) => !heldAchievements.has(`${a.kind}/${a.achievementId}`));
      if (achievements.length) await tx.achievement.createMany({ data: achievements.map((a) => ({ ...a, learnerId })) });
      summary.achievements = achievements.length;

      // A day studied on either side is a study day; its EXP is the larger side's, never the sum, so a
      // second import changes nothing.
      const heldDays = new Map((await tx.studyDay.findMany({ where: { learnerId } })).map((d) => [d.day, d]));
      for (const d of data.studyDays) {
        const held = heldDays.get(d.day);
        if (!held) {
          await tx.studyDay.create({ data: { ...d, learnerId } });
          summary.studyDays++;
        } else if (d.exp > held.exp || (held.frozen && !d.frozen)) {
          await tx.studyDay.update({ where: { learnerId_day: { learnerId, day: d.day } }, data: { exp: Math.max(d.exp, held.exp), frozen: held.frozen && d.frozen } });
        }
      }

      const heldCards = new Map((await tx.cardState.findMany({ where: { learnerId } })).map((c) => [c.cardId, c]));
      for (const card of data.cards) {
        const held = heldCards.get(card.cardId);
        if (held && (held.lastReview?.getTime() ?? -1) >= (card.lastReview?.getTime() ?? -1)) continue;
        await tx.cardState.upsert({ where: { learnerId_cardId: { learnerId, cardId: card.cardId } }, create: { ...card, learnerId }, update: card });
        summary.cards++;
      }

      const reviews = await missingRows(data.reviews, learnerId, (ids) => tx.reviewLog.findMany({ where: { id: { in: ids } }, select: { id: true, learnerId: true } }));
      if (reviews.length) await tx.reviewLog.createMany({ data: reviews.map((r) => ({ ...r, learnerId })) });
      summary.reviews = reviews.length;

      const attempts = await missingRows(data.attempts, learnerId, (ids) => tx.quizAttempt.findMany({ where: { id: { in: ids } }, select: { id: true, learnerId: true } }));
      if (attempts.length) await tx.quizAttempt.createMany({ data: attempts.map((a) => ({ ...a, learnerId })) });
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
    { timeout: 60_000 },
  );
  return summary;
}
