"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import type { MarkSectionReadResult } from "@/components/lesson/types";
import type { RewardOutcome } from "@/lib/progress/types";
import { getLesson } from "@/lib/content/lessons";
import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { firstTriesSchema } from "@/lib/reading/checks";
import { READING_MODE_COOKIE, readingModeCookieOptions } from "@/lib/reading/cookie";
import { readingModeSchema, setReadingMode } from "@/lib/reading/mode";
import { claimLessonRewards, completeSection } from "@/lib/reading/complete";

const lessonIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

const readingModeForm = z.object({ mode: readingModeSchema });

/**
 * Stores the learner's reading mode and mirrors it into the cookie the statically rendered lesson
 * page reads before first paint (the mode switch has already shown it).
 */
export async function setReadingModeAction(formData: FormData): Promise<void> {
  const parsed = readingModeForm.safeParse({ mode: formData.get("mode") });
  if (!parsed.success) throw new Error(`invalid reading mode form: ${z.prettifyError(parsed.error)}`);
  const learnerId = await requireLearnerId();
  await setReadingMode(db(), learnerId, parsed.data.mode);
  (await cookies()).set(READING_MODE_COOKIE, parsed.data.mode, readingModeCookieOptions);
}

const markSectionReadInput = z.object({
  lessonId: lessonIdSchema,
  sectionId: z.string().regex(/^[a-z0-9-]{1,80}$/),
  firstTries: firstTriesSchema,
});

/** Marks a section read (idempotent) and grants its rewards. Bad input or an unknown section is refused, not guessed at. */
export async function markSectionReadAction(input: unknown): Promise<MarkSectionReadResult> {
  const parsed = markSectionReadInput.safeParse(input);
  if (!parsed.success) return { ok: false };
  const lesson = getLesson(parsed.data.lessonId);
  if (!lesson || !lesson.sections.some((s) => s.id === parsed.data.sectionId)) return { ok: false };
  const learnerId = await requireLearnerId();
  const done = await completeSection(db(), learnerId, lesson, parsed.data.sectionId, parsed.data.firstTries);
  return { ok: true, sectionId: parsed.data.sectionId, readSectionIds: done.readSectionIds, lessonComplete: done.lessonComplete, outcome: done.outcome };
}

const claimInput = z.object({ lessonId: lessonIdSchema, firstTries: firstTriesSchema });

/** The last check answered after the lesson was complete: grants the perfect bonus if earned. */
export async function claimLessonRewardsAction(input: unknown): Promise<RewardOutcome | null> {
  const parsed = claimInput.safeParse(input);
  if (!parsed.success) return null;
  const lesson = getLesson(parsed.data.lessonId);
  if (!lesson) return null;
  return claimLessonRewards(db(), await requireLearnerId(), lesson, parsed.data.firstTries);
}
