import type { Bilingual } from "@/lib/content/bilingual";
import type { Locale } from "@/lib/i18n/locales";
import { attemptSchema, goalTarget, type Attempt } from "./grade";
import { checkParameters, drawParameters, type Params } from "./instantiate";
import { keyMap } from "./keys";
import { rngFor, shuffled } from "./prng";
import type { Question, QuestionType, Tolerance, Topic } from "./schema";
import { goalText, localize, measureLabel } from "./text";
import { unitLabels, type Unit } from "./units";

/**
 * What the browser may see before the learner answers: the prompt with the attempt's parameters,
 * the options in a per-attempt order, and nothing that gives the answer away (no correct flags,
 * explanations, expected values, item order, scenario or patches).
 * With a locale, texts are strings in that language; without, bilingual { en, ko } objects.
 * Texts keep the content inline markup ({fact:id}, **bold**, `code`, [[term:id|text]]).
 * Option and item ids are per-attempt opaque keys (keys.ts): answers are submitted with them.
 */
type TextOf<L extends Locale | undefined> = L extends Locale ? string : Bilingual;

interface PublicBase<T> {
  id: string;
  type: QuestionType;
  lesson: string;
  topic: Topic;
  difficulty: number;
  prompt: T;
}

export type PublicQuestion<T = string | Bilingual> =
  | (PublicBase<T> & { type: "single"; options: { id: string; text: T }[] })
  | (PublicBase<T> & { type: "multi"; choose: number; options: { id: string; text: T }[] })
  | (PublicBase<T> & { type: "true-false" })
  | (PublicBase<T> & { type: "numeric"; unit: Unit; unitLabel: T; tolerance: Tolerance })
  | (PublicBase<T> & { type: "ordering"; items: { id: string; text: T }[] })
  | (PublicBase<T> & {
      type: "scenario-numeric";
      /** What is asked, e.g. "throttles of `B`". */
      asks: T;
      unit: Unit;
      unitLabel: T;
      tolerance: Tolerance;
    })
  | (PublicBase<T> & {
      type: "scenario-choice";
      /** The goal every correct option meets, e.g. "throttles of `B` = 0". */
      goal: T;
      /** Select every option that meets the goal (the count is not told: it depends on the draw). */
      options: { id: string; label: T }[];
    });

/** A fresh attempt at a question: the seed and the parameters drawn from it. */
export function newAttempt(question: Question, seed: number): Attempt {
  return { seed: seed >>> 0, params: drawParameters(question, seed >>> 0) };
}

export function publicQuestion<L extends Locale | undefined>(
  question: Question,
  locale: L,
  attempt: Attempt,
): PublicQuestion<TextOf<L>> {
  const { seed } = attemptSchema.parse(attempt);
  const params: Params = attempt.params;
  checkParameters(question, params);
  const text = (b: Bilingual): TextOf<L> => {
    const filled = localize(b, question, params);
    return (locale === undefined ? filled : filled[locale as Locale]) as TextOf<L>;
  };
  const order = <T>(items: readonly T[]): T[] => shuffled(items, rngFor(seed, question.id, "order"));
  const { toKey } = keyMap(question, seed);
  const key = (id: string): string => toKey.get(id) as string;
  const base: PublicBase<TextOf<L>> = {
    id: question.id,
    type: question.type,
    lesson: question.lesson,
    topic: question.topic,
    difficulty: question.difficulty,
    prompt: text(question.prompt),
  };

  switch (question.type) {
    case "single":
      return { ...base, type: "single", options: order(question.options).map((o) => ({ id: key(o.id), text: text(o.text) })) };
    case "multi":
      return {
        ...base,
        type: "multi",
        choose: question.choose,
        options: order(question.options).map((o) => ({ id: key(o.id), text: text(o.text) })),
      };
    case "true-false":
      return { ...base, type: "true-false" };
    case "numeric":
      return { ...base, type: "numeric", unit: question.unit, unitLabel: text(unitLabels[question.unit]), tolerance: question.tolerance };
    case "ordering": {
      let items = order(question.items);
      // A shuffle that happens to be the answer would give it away: rotate it by one.
      if (items.every((item, i) => item.id === question.items[i]?.id)) items = [...items.slice(1), items[0]!];
      return { ...base, type: "ordering", items: items.map((i) => ({ id: key(i.id), text: text(i.text) })) };
    }
    case "scenario-numeric":
      return {
        ...base,
        type: "scenario-numeric",
        asks: text(measureLabel(question.measure)),
        unit: question.unit,
        unitLabel: text(unitLabels[question.unit]),
        tolerance: question.tolerance,
      };
    case "scenario-choice":
      return {
        ...base,
        type: "scenario-choice",
        goal: text(goalText(question.goal.measure, question.goal.compare, goalTarget(question, params))),
        options: order(question.options).map((o) => ({ id: key(o.id), label: text(o.label) })),
      };
  }
}
