import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The language(s) a learner reads lesson content in, independent of the interface language in the
 * URL: English, Korean, or both (side by side on wide screens, interleaved on phones).
 */
export const readingModes = ["en", "ko", "both"] as const;
export const readingModeSchema = z.enum(readingModes);
export type ReadingMode = z.infer<typeof readingModeSchema>;

/**
 * The mode to show: the learner's stored choice, or the URL's language when there is none. A
 * stored value that is not a mode (a renamed mode, a hand-edited row) also falls back to the URL's
 * language rather than failing the page.
 */
export function effectiveReadingMode(stored: string | null | undefined, urlLocale: Locale): ReadingMode {
  const parsed = readingModeSchema.safeParse(stored);
  return parsed.success ? parsed.data : urlLocale;
}

/** The content languages a mode shows, in column order. */
export function modeLocales(mode: ReadingMode): readonly Locale[] {
  return mode === "both" ? ["en", "ko"] : [mode];
}

/** The learner's own choice; null when there is none (or it is not a mode), meaning "the URL's language". */
export async function getStoredReadingMode(client: PrismaClient, learnerId: string | null): Promise<ReadingMode | null> {
  if (!learnerId) return null;
  const learner = await client.learner.findUnique({ where: { id: learnerId }, select: { readingMode: true } });
  const parsed = readingModeSchema.safeParse(learner?.readingMode);
  return parsed.success ? parsed.data : null;
}

export async function getReadingMode(client: PrismaClient, learnerId: string | null, urlLocale: Locale): Promise<ReadingMode> {
  return (await getStoredReadingMode(client, learnerId)) ?? urlLocale;
}

export async function setReadingMode(client: PrismaClient, learnerId: string, mode: ReadingMode): Promise<void> {
  await client.learner.update({ where: { id: learnerId }, data: { readingMode: readingModeSchema.parse(mode) } });
}
