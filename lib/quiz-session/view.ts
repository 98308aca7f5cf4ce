import type { Bilingual } from "@/lib/content/bilingual";
import type { Locale } from "@/lib/i18n/locales";
import type { ChoiceOptionEvidence, Evidence, GradeResult } from "@/lib/quiz";
import { formatWithUnit } from "@/lib/quiz/text";
import { encodeScenarioParam } from "@/lib/sim-ui/scenario-url";

/**
 * What the browser receives after answering: the grade result in one language, without what the
 * page does not show (the other language, each option's full chart). Scenarios travel as the
 * simulator page's `?scenario=` value (base64url JSON), ready for "try it in the simulator".
 */
export type Localized<T> = T extends Bilingual
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

type ChoiceOptionView = Localized<Omit<ChoiceOptionEvidence, "scenario" | "chart" | "patch">> & {
  /** This option applied to the attempt's scenario, for the simulator link. */
  simulatorScenario: string;
};

export type EvidenceView =
  | Localized<Exclude<Evidence, { type: "scenario-choice" }>>
  | (Localized<Omit<Extract<Evidence, { type: "scenario-choice" }>, "options">> & { options: ChoiceOptionView[] });

/** Numeric answers' figures written out for the locale with their unit ("1,240 throttles", "25%", "30초"). */
export interface NumericFigures {
  expected: string;
  min: string;
  max: string;
  given: string;
}

export interface ResultView extends Localized<Omit<GradeResult, "evidence" | "scenario">> {
  evidence: EvidenceView;
  figures?: NumericFigures;
  /** Scenario questions: the attempt's scenario as the simulator's `?scenario=` value. */
  simulatorScenario?: string;
}

function isBilingual(value: object): value is Bilingual {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Bilingual).en === "string" && typeof (value as Bilingual).ko === "string";
}

/** Every { en, ko } inside a JSON value replaced by the locale's text. */
export function localizeDeep<T>(value: T, locale: Locale): Localized<T> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") {
      if (isBilingual(v)) return v[locale];
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as Localized<T>;
}

function numericFigures(result: GradeResult, locale: Locale): NumericFigures | undefined {
  const { expected, given } = result;
  if ((expected.type !== "numeric" && expected.type !== "scenario-numeric") || (given.type !== "numeric" && given.type !== "scenario-numeric")) {
    return undefined;
  }
  const show = (value: number) => formatWithUnit(value, expected.unit, locale);
  return { expected: show(expected.value), min: show(expected.accepted.min), max: show(expected.accepted.max), given: show(given.value) };
}

export function resultView(result: GradeResult, locale: Locale): ResultView {
  const figures = numericFigures(result, locale);
  const { evidence, scenario, ...rest } = result;
  const evidenceView: EvidenceView =
    evidence.type === "scenario-choice"
      ? {
          ...localizeDeep({ ...evidence, options: [] }, locale),
          options: evidence.options.map((option) => ({
            ...localizeDeep(
              { id: option.id, label: option.label, explanation: option.explanation, chosen: option.chosen, correct: option.correct, outcome: option.outcome },
              locale,
            ),
            simulatorScenario: encodeScenarioParam(option.scenario),
          })),
        }
      : localizeDeep(evidence, locale);
  return {
    ...localizeDeep(rest, locale),
    evidence: evidenceView,
    ...(figures ? { figures } : {}),
    ...(scenario ? { simulatorScenario: encodeScenarioParam(scenario) } : {}),
  };
}
