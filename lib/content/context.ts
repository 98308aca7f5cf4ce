import { conversionDivisor, facts, isFactId } from "@/lib/content/facts";
import { glossaryIds } from "@/lib/content/glossary";
import type { InlineContext } from "@/lib/content/inline";

/** The minimal lesson shape references resolve against (a Lesson satisfies it). */
export interface LessonOutline {
  id: string;
  sections: readonly { id: string }[];
}

/** What content strings may refer to: the facts, the glossary, and the given lessons. */
export function buildInlineContext(lessons: readonly LessonOutline[]): InlineContext {
  return {
    factIds: new Set(Object.keys(facts)),
    termIds: glossaryIds(),
    lessons: new Map(lessons.map((l) => [l.id, new Set(l.sections.map((s) => s.id))])),
    conversionOk: (factId, conversion) => isFactId(factId) && conversionDivisor(facts[factId].unit, conversion) !== undefined,
  };
}
