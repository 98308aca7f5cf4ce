import { z } from "zod";
import type { Lesson } from "@/lib/content/lessons";

/**
 * "Check yourself" questions: the learner's first choice per question decides the lesson's perfect
 * score. First tries are kept in the browser while reading and sent with each section completion;
 * the server grades them against the content, so a client can only claim what it answered.
 */

/** question id -> index of the option picked on the first try */
export const firstTriesSchema = z.record(z.string().regex(/^[a-z0-9-]{1,80}$/), z.number().int().min(0).max(9)).refine(
  (tries) => Object.keys(tries).length <= 100,
  "too many answers",
);
export type FirstTries = z.infer<typeof firstTriesSchema>;

/** Every check question of the lesson was answered, and answered right, on the first try. */
export function isPerfect(lesson: Lesson, firstTries: FirstTries): boolean {
  return lesson.sections.every((section) => (section.check ?? []).every((q) => firstTries[q.id] === q.correct));
}
