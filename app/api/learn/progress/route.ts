import { z } from "zod";
import { getLesson } from "@/lib/content/lessons";
import { db } from "@/lib/db/client";
import { currentLearnerId } from "@/lib/learner/current";
import { getReadSections, getStoredReadingMode } from "@/lib/reading";

const querySchema = z.strictObject({ lesson: z.string().regex(/^[a-z0-9-]{1,80}$/) });

/**
 * GET ?lesson=<id>: the learner's progress through one lesson, loaded by the statically rendered
 * lesson page after hydration: read section ids (in the lesson's order), whether every section is
 * read, and the stored reading mode (null: follow the URL's language).
 */
export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues.map((i) => i.message).join("; ") || "invalid query" }, { status: 400 });
  }
  const lesson = getLesson(parsed.data.lesson);
  if (!lesson) return Response.json({ error: "unknown lesson" }, { status: 404 });
  const learnerId = await currentLearnerId();
  const [readSectionIds, readingMode] = await Promise.all([getReadSections(db(), learnerId, lesson), getStoredReadingMode(db(), learnerId)]);
  return Response.json(
    { lessonId: lesson.id, readSectionIds, lessonComplete: readSectionIds.length === lesson.sections.length, readingMode },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
