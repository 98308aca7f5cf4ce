import type { PrismaClient } from "@/lib/db/client";
import type { Lesson } from "@/lib/content/lessons";
import { award, EXP, grantLessonRewards, mergeOutcomes, sourceKeys, type RewardOutcome } from "@/lib/progress";
import { isPerfect, type FirstTries } from "./checks";
import { getReadSections, markSectionRead } from "./sections";

/**
 * Reading rewards: EXP per section read, and the lesson's rewards when its last section is read.
 * Every grant is idempotent (lib/progress keys it by source), so repeating a call never pays twice,
 * and a call that failed half-way is completed by the next one.
 */

export interface SectionCompletion {
  readSectionIds: string[];
  lessonComplete: boolean;
  outcome: RewardOutcome;
}

export async function completeSection(
  client: PrismaClient,
  learnerId: string,
  lesson: Lesson,
  sectionId: string,
  firstTries: FirstTries,
): Promise<SectionCompletion> {
  const read = await markSectionRead(client, learnerId, lesson, sectionId);
  const sectionOutcome = await award(client, learnerId, { sourceKey: sourceKeys.section(lesson.id, sectionId), kind: "section", exp: EXP.section });
  const outcome = read.lessonComplete
    ? mergeOutcomes(sectionOutcome, await grantLessonRewards(client, learnerId, lesson.id, { perfect: isPerfect(lesson, firstTries) }))
    : sectionOutcome;
  return { readSectionIds: read.readSectionIds, lessonComplete: read.lessonComplete, outcome };
}

/**
 * For a lesson whose sections are all read: grants its rewards, with the perfect bonus if the first
 * tries earn it. Used when the last check question is answered after the last section was marked
 * read. Null when the lesson is not complete yet.
 */
export async function claimLessonRewards(
  client: PrismaClient,
  learnerId: string,
  lesson: Lesson,
  firstTries: FirstTries,
): Promise<RewardOutcome | null> {
  const read = await getReadSections(client, learnerId, lesson);
  if (read.length < lesson.sections.length) return null;
  return grantLessonRewards(client, learnerId, lesson.id, { perfect: isPerfect(lesson, firstTries) });
}
