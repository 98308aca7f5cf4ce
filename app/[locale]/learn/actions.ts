"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { MarkSectionReadResult } from "@/components/lesson/types";
import { getLesson } from "@/lib/content/lessons";
import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { firstTriesSchema } from "@/lib/reading/checks";
import { readingModeSchema, setReadingMode } from "@/lib/reading/mode";
import { markSectionRead } from "@/lib/reading/sections";

const lessonIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

const readingModeForm = z.object({ mode: readingModeSchema, lessonId: lessonIdSchema });

/** Stores the learner's reading mode and re-renders the lesson in it. */
export async function setReadingModeAction(formData: FormData): Promise<void> {
  const parsed = readingModeForm.safeParse({ mode: formData.get("mode"), lessonId: formData.get("lessonId") });
  if (!parsed.success) throw new Error(`invalid reading mode form: ${z.prettifyError(parsed.error)}`);
  const learnerId = await requireLearnerId();
  await setReadingMode(db(), learnerId, parsed.data.mode);
  revalidatePath("/[locale]/learn/[lesson]", "page");
}

const markSectionReadInput = z.object({
  lessonId: lessonIdSchema,
  sectionId: z.string().regex(/^[a-z0-9-]{1,80}$/),
  firstTries: firstTriesSchema,
});

/** Marks a section read (idempotent). Bad input or an unknown section is refused, not guessed at. */
export async function markSectionReadAction(input: unknown): Promise<MarkSectionReadResult> {
  const parsed = markSectionReadInput.safeParse(input);
  if (!parsed.success) return { ok: false };
  const lesson = getLesson(parsed.data.lessonId);
  if (!lesson || !lesson.sections.some((s) => s.id === parsed.data.sectionId)) return { ok: false };
  const learnerId = await requireLearnerId();
  const result = await markSectionRead(db(), learnerId, lesson, parsed.data.sectionId);
  return { ok: true, sectionId: parsed.data.sectionId, readSectionIds: result.readSectionIds, lessonComplete: result.lessonComplete };
}
