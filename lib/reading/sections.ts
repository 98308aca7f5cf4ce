import type { PrismaClient } from "@/lib/db/client";
import type { Lesson, LessonSummary } from "@/lib/content/lessons";

/**
 * Which lesson sections a learner has read (SectionProgress rows). Rows for sections that no longer
 * exist in the content are ignored, so renaming a section never shows "9 of 8 read".
 */

type LessonShape = Pick<LessonSummary, "id" | "sections">;

/** Read section ids per lesson, for the lesson list. */
export async function getReadSectionsByLesson(
  client: PrismaClient,
  learnerId: string | null,
  lessons: readonly LessonShape[],
): Promise<Map<string, Set<string>>> {
  const result = new Map(lessons.map((l) => [l.id, new Set<string>()]));
  if (!learnerId) return result;
  const rows = await client.sectionProgress.findMany({ where: { learnerId }, select: { lessonId: true, sectionId: true } });
  const known = new Map(lessons.map((l) => [l.id, new Set(l.sections.map((s) => s.id))]));
  for (const row of rows) {
    if (known.get(row.lessonId)?.has(row.sectionId)) result.get(row.lessonId)!.add(row.sectionId);
  }
  return result;
}

/** Read section ids of one lesson, in the lesson's order. */
export async function getReadSections(client: PrismaClient, learnerId: string | null, lesson: LessonShape): Promise<string[]> {
  if (!learnerId) return [];
  const rows = await client.sectionProgress.findMany({ where: { learnerId, lessonId: lesson.id }, select: { sectionId: true } });
  const read = new Set(rows.map((r) => r.sectionId));
  return lesson.sections.filter((s) => read.has(s.id)).map((s) => s.id);
}

export class UnknownSectionError extends Error {
  constructor(lessonId: string, sectionId: string) {
    super(`lesson "${lessonId}" has no section "${sectionId}"`);
    this.name = "UnknownSectionError";
  }
}

export interface SectionReadResult {
  /** false when the section had been marked before (marking is idempotent) */
  newlyRead: boolean;
  readSectionIds: string[];
  /** every section of the lesson is read */
  lessonComplete: boolean;
}

/** Marks a section read; marking it again changes nothing and keeps the first completion time. */
export async function markSectionRead(client: PrismaClient, learnerId: string, lesson: Lesson, sectionId: string): Promise<SectionReadResult> {
  if (!lesson.sections.some((s) => s.id === sectionId)) throw new UnknownSectionError(lesson.id, sectionId);
  const key = { learnerId, lessonId: lesson.id, sectionId };
  // createMany with skipDuplicates is not available on SQLite; a lost race surfaces as P2002.
  const existing = await client.sectionProgress.findUnique({ where: { learnerId_lessonId_sectionId: key } });
  let newlyRead = false;
  if (!existing) {
    try {
      await client.sectionProgress.create({ data: key });
      newlyRead = true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const readSectionIds = await getReadSections(client, learnerId, lesson);
  return { newlyRead, readSectionIds, lessonComplete: readSectionIds.length === lesson.sections.length };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
