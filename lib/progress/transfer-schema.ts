import { z } from "zod";
import { quizModes } from "@/lib/quiz-session/schemas";
import { MAX_RESULT_CHARS } from "@/lib/quiz-session/stored";
import { consistentMemoryState, memoryStateJsonShape, memoryStateShape } from "@/lib/srs/stored-state";
import { timeZoneSchema } from "@/lib/learner/time-zone";
import { MAX_FREEZES } from "./streak";

/**
 * The progress file's shape, with every number and list bounded by what this app can write. The
 * cross-checks against content and the reward rules (transfer-check.ts) come after this parse; the
 * bounds here keep even that work small: a file over them is refused before anything is looked up.
 */
export const EXPORT_FORMAT = "concurrency-lab/progress";
export const EXPORT_VERSION = 1;

/**
 * The most rows of each kind a file may carry. Content caps sections, cards and achievements far
 * below these; the rest are years of heavy study (the deck has ~100 cards, the bank ~90 questions), and
 * small enough that the largest file merges in one short transaction: the database serves one
 * statement at a time, so every other learner's request waits for it (scripts/bench/import.ts).
 */
export const IMPORT_LIMITS = {
  sections: 1_000,
  cards: 1_000,
  /** about 28 ratings of each of the deck's cards */
  reviews: 3_000,
  /** about 17 answers to each question of the bank */
  attempts: 1_500,
  /** one per review, answer, section, lesson, perfect lesson and perfect quiz, with room to spare */
  rewards: 5_000,
  achievements: 200,
  /** about four years of days */
  studyDays: 1_500,
} as const;

/** Nothing this app wrote is older than this or later than the year 2200 (card due dates reach 100 years ahead). */
export const EARLIEST_INSTANT = new Date("2020-01-01T00:00:00Z");
const LATEST_INSTANT = new Date("2200-01-01T00:00:00Z");

const instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine((d) => d >= EARLIEST_INSTANT && d < LATEST_INSTANT, "an instant between 2020 and 2200");
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a day must be YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "not a calendar day")
  .refine((d) => d >= "2020-01-01" && d < "2200-01-01", "a day between 2020 and 2200");
/** Content ids (lessons, sections, questions, cards, badges) are kebab-case slugs. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an id is lower-case kebab-case").max(100);
/** Row ids: cuids, the review log's base64url hashes, imported ids. */
const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "a row id is 1-64 letters, digits, - or _");
const INT32 = 2 ** 31;
/** The largest EXP or points one grant can carry: more than any lesson's reward (the lesson schema allows any, so keep a margin). */
export const MAX_GRANT = 10_000;

const cardSchema = z.strictObject({ cardId: slug, ...memoryStateJsonShape }).superRefine(consistentMemoryState);

export const progressExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: instant,
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
  sections: z.array(z.strictObject({ lessonId: slug, sectionId: slug, completedAt: instant })).max(IMPORT_LIMITS.sections),
  cards: z.array(cardSchema).max(IMPORT_LIMITS.cards),
  reviews: z
    .array(
      z.strictObject({
        id: rowId,
        cardId: slug,
        rating: z.int().min(1).max(4),
        // The state the card was rated from; stability and difficulty are 0 for a new card.
        state: memoryStateShape.state,
        due: instant,
        stability: memoryStateShape.stability,
        difficulty: memoryStateShape.difficulty,
        elapsedDays: memoryStateShape.elapsedDays,
        scheduledDays: memoryStateShape.scheduledDays,
        learningSteps: memoryStateShape.learningSteps,
        reviewedAt: instant,
        previousState: z.string().max(1_000).nullable(),
      }),
    )
    .max(IMPORT_LIMITS.reviews),
  attempts: z
    .array(
      z.strictObject({
        id: rowId,
        questionId: slug,
        lessonId: slug,
        topic: slug,
        mode: z.enum(quizModes),
        // An unsigned 32-bit seed stored as a signed 32-bit column (lib/quiz-session/seed.ts).
        seed: z.int().min(-INT32).max(INT32 - 1),
        params: z.string().max(2_000),
        createdAt: instant,
        answer: z.string().max(2_000).nullable(),
        correct: z.boolean().nullable(),
        result: z.string().max(MAX_RESULT_CHARS).nullable(),
        answeredAt: instant.nullable(),
      }),
    )
    .max(IMPORT_LIMITS.attempts),
  rewards: z
    .array(
      z.strictObject({
        sourceKey: z.string().min(1).max(200),
        kind: z.string().min(1).max(50),
        // Recomputed from the sourceKey by the reward rules; bounded so a forged figure is refused outright.
        exp: z.int().min(0).max(MAX_GRANT),
        points: z.int().min(0).max(MAX_GRANT),
        day,
        createdAt: instant,
      }),
    )
    .max(IMPORT_LIMITS.rewards),
  achievements: z.array(z.strictObject({ kind: z.enum(["badge", "title"]), achievementId: slug, earnedAt: instant })).max(IMPORT_LIMITS.achievements),
  // A day's EXP is recomputed from its rewards; the bound only refuses absurd figures early.
  studyDays: z.array(z.strictObject({ day, exp: z.int().min(0).max(IMPORT_LIMITS.rewards * MAX_GRANT), frozen: z.boolean() })).max(IMPORT_LIMITS.studyDays),
});
export type ProgressExport = z.output<typeof progressExportSchema>;
/** The document as JSON carries it: dates as ISO strings. */
export type ProgressExportJson = z.input<typeof progressExportSchema>;
