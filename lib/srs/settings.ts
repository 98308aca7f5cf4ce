import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";

/**
 * A learner's flashcard settings: desired retention (FSRS request_retention), the daily limit of new
 * cards, and which language each side of a card shows. Stored on the Learner row.
 */

/**
 * Below 0.70 FSRS schedules so sparsely that most cards are forgotten between reviews; above 0.97
 * the review load grows steeply for little gain. The same bounds Anki suggests for FSRS.
 */
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;
export const DEFAULT_RETENTION = 0.9;

/** The defaults of the Learner columns in prisma/schema.prisma, for a learner without a row yet. */
export const DEFAULT_NEW_CARDS_PER_DAY = 20;
export const DEFAULT_CARD_DIRECTION = "en-ko" satisfies CardDirection;

export const NEW_CARDS_MIN = 0;
/** More than the whole collection (107 cards) is never useful in one day. */
export const NEW_CARDS_MAX = 100;

/** "en-ko": question in English, answer in Korean; "ko-en" the reverse; "both": each side in both. */
export const cardDirections = ["en-ko", "ko-en", "both"] as const;
export type CardDirection = (typeof cardDirections)[number];

export const desiredRetentionSchema = z
  .number({ error: "Desired retention must be a number" })
  .min(RETENTION_MIN, `Desired retention must be at least ${RETENTION_MIN}`)
  .max(RETENTION_MAX, `Desired retention must be at most ${RETENTION_MAX}`);

export const newCardsPerDaySchema = z
  .number({ error: "New cards per day must be a number" })
  .int("New cards per day must be a whole number")
  .min(NEW_CARDS_MIN, `New cards per day must be at least ${NEW_CARDS_MIN}`)
  .max(NEW_CARDS_MAX, `New cards per day must be at most ${NEW_CARDS_MAX}`);

export const cardDirectionSchema = z.enum(cardDirections, { error: "Card direction must be en-ko, ko-en or both" });

export const srsSettingsSchema = z.strictObject({
  desiredRetention: desiredRetentionSchema,
  newCardsPerDay: newCardsPerDaySchema,
  cardDirection: cardDirectionSchema,
});
export type SrsSettings = z.infer<typeof srsSettingsSchema>;

/**
 * Retention as the scheduler uses it. Values written through saveSrsSettings are already in range;
 * this guards the scheduler against a row edited by hand, since ts-fsrs would accept any value in
 * (0, 1] and a retention of 0.99+ schedules reviews many times a day.
 */
export function clampRetention(retention: number): number {
  if (!Number.isFinite(retention)) return DEFAULT_RETENTION;
  return Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, retention));
}

export interface LearnerSrsSettings extends SrsSettings {
  timeZone: string;
}

/** The learner's settings; a learner without a row yet has the defaults of the schema. */
export async function getSrsSettings(client: PrismaClient, learnerId: string | null): Promise<LearnerSrsSettings> {
  const row = learnerId
    ? await client.learner.findUnique({
        where: { id: learnerId },
        select: { desiredRetention: true, newCardsPerDay: true, cardDirection: true, timeZone: true },
      })
    : null;
  if (!row) {
    return { desiredRetention: DEFAULT_RETENTION, newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY, cardDirection: DEFAULT_CARD_DIRECTION, timeZone: "UTC" };
  }
  const direction = cardDirectionSchema.safeParse(row.cardDirection);
  if (!direction.success) throw new Error(`Learner ${learnerId}: stored card direction "${row.cardDirection}" is not one of ${cardDirections.join(", ")}`);
  return {
    desiredRetention: clampRetention(row.desiredRetention),
    newCardsPerDay: Math.min(NEW_CARDS_MAX, Math.max(NEW_CARDS_MIN, Math.round(row.newCardsPerDay))),
    cardDirection: direction.data,
    timeZone: row.timeZone,
  };
}

/** Saves validated settings; throws a ZodError naming the field for input out of range. */
export async function saveSrsSettings(client: PrismaClient, learnerId: string, input: unknown): Promise<SrsSettings> {
  const settings = srsSettingsSchema.parse(input);
  await client.learner.update({ where: { id: learnerId }, data: settings });
  return settings;
}
