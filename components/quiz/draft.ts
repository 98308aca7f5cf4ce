import type { QuestionView } from "./api";

/**
 * The learner's answer while they are still working on it, per question type, and its conversion
 * to what the grader accepts. Numbers stay text until submitted, so "12." can be typed.
 */
export type Draft =
  | { type: "single"; optionId: string | null }
  | { type: "multi" | "scenario-choice"; optionIds: string[] }
  | { type: "true-false"; value: boolean | null }
  | { type: "numeric" | "scenario-numeric"; text: string }
  | { type: "ordering"; order: string[] };

export type DraftProblem = { kind: "pickOne" } | { kind: "pickN"; count: number } | { kind: "notANumber" };

export function emptyDraft(question: QuestionView): Draft {
  switch (question.type) {
    case "single":
      return { type: "single", optionId: null };
    case "multi":
    case "scenario-choice":
      return { type: question.type, optionIds: [] };
    case "true-false":
      return { type: "true-false", value: null };
    case "numeric":
    case "scenario-numeric":
      return { type: question.type, text: "" };
    case "ordering":
      return { type: "ordering", order: question.items.map((i) => i.id) };
  }
}

/** Accepts "1,240", "12.5" and " 30 "; a decimal comma ("12,5") is ambiguous, so it is refused rather than guessed. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/(?<=\d),(?=\d{3}(?:\D|$))/g, "");
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Whether the draft can be submitted at all, without saying anything about right or wrong. */
export function draftAnswer(question: QuestionView, draft: Draft): { ok: true; answer: unknown } | { ok: false; problem: DraftProblem } {
  switch (draft.type) {
    case "single":
      return draft.optionId ? { ok: true, answer: { type: "single", optionId: draft.optionId } } : { ok: false, problem: { kind: "pickOne" } };
    case "multi": {
      const count = question.type === "multi" ? question.choose : 0;
      return draft.optionIds.length === count
        ? { ok: true, answer: { type: "multi", optionIds: draft.optionIds } }
        : { ok: false, problem: { kind: "pickN", count } };
    }
    case "scenario-choice":
      // Choosing none is a real answer here: no option may meet the goal.
      return { ok: true, answer: { type: "scenario-choice", optionIds: draft.optionIds } };
    case "true-false":
      return draft.value === null ? { ok: false, problem: { kind: "pickOne" } } : { ok: true, answer: { type: "true-false", value: draft.value } };
    case "numeric":
    case "scenario-numeric": {
      const value = parseNumber(draft.text);
      return value === null ? { ok: false, problem: { kind: "notANumber" } } : { ok: true, answer: { type: draft.type, value } };
    }
    case "ordering":
      return { ok: true, answer: { type: "ordering", order: draft.order } };
  }
}

/** The draft after the learner pressed number key `n` (1-based); unchanged when n picks nothing. */
export function pickByNumber(question: QuestionView, draft: Draft, n: number): Draft {
  const index = n - 1;
  if (draft.type === "true-false") return index === 0 ? { ...draft, value: true } : index === 1 ? { ...draft, value: false } : draft;
  const options = "options" in question ? question.options : [];
  const id = options[index]?.id;
  if (!id) return draft;
  if (draft.type === "single") return { ...draft, optionId: id };
  if (draft.type === "multi" || draft.type === "scenario-choice") return toggle(draft, id);
  return draft;
}

export function toggle(draft: Extract<Draft, { optionIds: string[] }>, id: string): Draft {
  return { ...draft, optionIds: draft.optionIds.includes(id) ? draft.optionIds.filter((x) => x !== id) : [...draft.optionIds, id] };
}

/** Moves an ordering item one place up (-1) or down (+1). */
export function move(order: readonly string[], id: string, by: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** How many options number keys can pick (0: the type has none). */
export function numberKeyCount(question: QuestionView): number {
  if (question.type === "true-false") return 2;
  return "options" in question ? Math.min(question.options.length, 9) : 0;
}
