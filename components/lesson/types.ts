/** The contract between the lesson page's server action and its client components. */
export interface MarkSectionReadInput {
  lessonId: string;
  sectionId: string;
  /** question id -> option picked first */
  firstTries: Record<string, number>;
}

export type MarkSectionReadResult =
  | { ok: true; sectionId: string; readSectionIds: string[]; lessonComplete: boolean }
  | { ok: false };

export type MarkSectionRead = (input: MarkSectionReadInput) => Promise<MarkSectionReadResult>;
