import type { Bilingual } from "@/lib/content/bilingual";
import { locales, type Locale } from "@/lib/i18n/locales";
import { compareSymbols, measureCatalogue, type CompareOp, type MeasureRef } from "./catalogue";
import { formatNumber, renderParams, type Params } from "./instantiate";
import type { Question } from "./schema";
import { unitLabels, type Unit } from "./units";

/** A text with the attempt's `{param:name}` values filled in, in both languages. */
export function localize(text: Bilingual, question: Question, params: Params): Bilingual {
  return {
    en: renderParams(text.en, question, params, "en"),
    ko: renderParams(text.ko, question, params, "ko"),
  };
}

function fillMeasure(template: string, ref: MeasureRef, locale: Locale, value?: number): string {
  return template
    .replaceAll("{function}", `\`${ref.function ?? ""}\``)
    .replaceAll("{version}", `\`${ref.version ?? ""}\``)
    .replaceAll("{reason}", `\`${ref.reason ?? ""}\``)
    .replaceAll("{value}", value === undefined ? "" : formatNumber(value, locale));
}

function bilingual(make: (locale: Locale) => string): Bilingual {
  const out = {} as Bilingual;
  for (const locale of locales) out[locale] = make(locale);
  return out;
}

/** What a measure is, e.g. "throttles of `B`". */
export function measureLabel(ref: MeasureRef): Bilingual {
  return bilingual((locale) => fillMeasure(measureCatalogue[ref.name].label[locale], ref, locale));
}

/** A measured value as a sentence, e.g. "`B` is throttled 1,240 times". */
export function measureSentence(ref: MeasureRef, value: number): Bilingual {
  return bilingual((locale) => fillMeasure(measureCatalogue[ref.name].sentence[locale], ref, locale, value));
}

export function formatWithUnit(value: number, unit: Unit, locale: Locale): string {
  const label = unitLabels[unit][locale];
  const shown = formatNumber(value, locale);
  if (!label) return shown;
  // "25%", "30초", "12개 실행 환경" are written without a space; English units take one.
  const tight = label === "%" || (locale === "ko" && /^[\uAC00-\uD7A3]/.test(label));
  return tight ? `${shown}${label}` : `${shown} ${label}`;
}

/** A goal as text, e.g. "throttles of `B` = 0" / "p99 synchronous latency of `A` < 300 ms". */
export function goalText(ref: MeasureRef, compare: CompareOp, target: number): Bilingual {
  const unit = measureCatalogue[ref.name].unit;
  return bilingual(
    (locale) => `${fillMeasure(measureCatalogue[ref.name].label[locale], ref, locale)} ${compareSymbols[compare]} ${formatWithUnit(target, unit, locale)}`,
  );
}

export const invalidConfigurationSentence: Bilingual = {
  en: "AWS rejects this configuration, so it cannot meet the goal",
  ko: "AWS가 이 구성을 거부하므로 목표를 달성할 수 없습니다",
};
