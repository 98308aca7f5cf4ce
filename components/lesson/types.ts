import type { RewardOutcome } from "@/lib/progress/types";

/** The contract between the lesson page's server actions and its client components. */
export interface MarkSectionReadInput {
  lessonId: string;
  sectionId: string;
  /** question id -> option picked first */
  firstTries: Record<string, number>;
}

export type MarkSectionReadResult =
  | { ok: true; sectionId: string; readSectionIds: string[]; lessonComplete: boolean; outcome: RewardOutcome }
  | { ok: false };

export type MarkSectionRead = (input: MarkSectionReadInput) => Promise<MarkSectionReadResult>;

export type ClaimLessonRewards = (input: { lessonId: string; firstTries: Record<string, number> }) => Promise<RewardOutcome | null>;

/** GET /api/learn/progress?lesson=<id>: loaded by the (static) lesson page after hydration. */
export interface LessonProgressResponse {
  lessonId: string;
  readSectionIds: string[];
  lessonComplete: boolean;
  /** the learner's stored choice; null follows the URL's language */
  readingMode: "en" | "ko" | "both" | null;
}
