import { z } from "zod";
import factsJson from "@/content/facts.json";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Every number the app teaches lives once in content/facts.json, with the section of
 * ../shared/reference/lambda-behaviour.md it comes from ("M" = the reference's "Modelling choices")
 * and, for rules, a verbatim quote of that section. Content strings never spell a number out: they
 * write `{fact:id}` (see lib/content/inline.ts), and the content test rejects bare digits.
 */

export const factUnits = [
  "count",
  "seconds",
  "minutes",
  "ms",
  "KB",
  "MB",
  "percent",
  "ratio",
  "multiplier",
  "httpStatus",
  "statusClass",
  "year",
  "date",
  /** a network port number, shown without grouping (2049) */
  "port",
] as const;
export type FactUnit = (typeof factUnits)[number];

/** rule: current AWS behaviour; history: a dated rule; model: a simulator assumption; example: a worked example. */
export const factKinds = ["rule", "history", "model", "example"] as const;
export type FactKind = (typeof factKinds)[number];

const refPattern = /^(?:\d{1,2}\.\d{1,2}|M)$/;

export const factSchema = z
  .strictObject({
    value: z.union([z.number().finite(), z.iso.date()]),
    unit: z.enum(factUnits),
    ref: z.string().regex(refPattern, 'ref must be a reference section like "4.3", or "M" for Modelling choices'),
    kind: z.enum(factKinds),
    quote: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    /** The current AWS documentation page the fact was verified against (required for reference sections 11 and 12). */
    page: z.url({ hostname: /^docs\.aws\.amazon\.com$/, error: "page is a docs.aws.amazon.com URL" }).optional(),
    /**
     * Why a fact no longer belongs to the reference. A retired fact has no quote, may be used only
     * by content another branch owns (content/questions) until that content drops it, and is then
     * deleted; the content test enforces both.
     */
    retired: z.string().min(1).optional(),
  })
  .superRefine((fact, ctx) => {
    if ((fact.unit === "date") !== (typeof fact.value === "string")) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "a date fact has an ISO date string value; every other unit is a number" });
    }
    if (/^1[12]\./.test(fact.ref) && !fact.page) {
      ctx.addIssue({ code: "custom", path: ["page"], message: "facts of reference sections 11 and 12 cite the AWS documentation page they were verified against" });
    }
    if (fact.kind !== "example" && !fact.retired && !fact.quote) {
      ctx.addIssue({ code: "custom", path: ["quote"], message: "rule, history and model facts quote the reference verbatim" });
    }
  });
export type Fact = z.infer<typeof factSchema>;

const factIdPattern = /^[a-z][A-Za-z0-9]*$/;
export const factsSchema = z.record(z.string().regex(factIdPattern, "fact ids are camelCase"), factSchema);

export type FactId = keyof typeof factsJson;

/** Validated at module load: a malformed facts.json fails the first import, loudly. */
export const facts: Readonly<Record<FactId, Fact>> = factsSchema.parse(factsJson) as Record<FactId, Fact>;

export const factIds: readonly FactId[] = Object.keys(facts) as FactId[];

export function isFactId(id: string): id is FactId {
  return Object.prototype.hasOwnProperty.call(facts, id);
}

export function getFact(id: FactId): Fact {
  return facts[id];
}

/** The numeric value of a fact (throws for date facts, which have no numeric value). */
export function factValue(id: FactId): number {
  const { value } = facts[id];
  if (typeof value !== "number") throw new Error(`fact ${id} is a date, not a number`);
  return value;
}

/**
 * Conversions an inline reference may ask for: `{fact:maxEventAgeSeconds|h}` shows 6.
 * Keyed by the fact's unit, each conversion divides the stored value.
 */
export const factConversions = {
  seconds: { min: 60, h: 3600 },
  ms: { s: 1000 },
  ratio: { pct: 0.01 },
} as const satisfies Partial<Record<FactUnit, Record<string, number>>>;
export type FactConversion = "min" | "h" | "s" | "pct";

export function conversionDivisor(unit: FactUnit, conversion: string): number | undefined {
  const table = (factConversions as Partial<Record<FactUnit, Record<string, number>>>)[unit];
  return table?.[conversion];
}

const intlLocale: Record<Locale, string> = { en: "en-US", ko: "ko-KR" };

function formatNumber(value: number, locale: Locale, grouping = true): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 3, useGrouping: grouping }).format(value);
}

/**
 * The value of a fact, formatted for the locale, without a unit word (the sentence supplies it):
 * 1,000 / 21,600 / 0.7 / 429 / 5xx / 2019 / "November 27, 2023" / "2023년 11월 27일".
 * With a conversion, the value is divided first (`maxEventAgeSeconds` as "h" gives 6).
 */
export function formatFact(id: FactId, locale: Locale, conversion?: string): string {
  const fact = facts[id];
  if (fact.unit === "date") {
    const date = new Date(`${fact.value}T00:00:00Z`);
    return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long", timeZone: "UTC" }).format(date);
  }
  let value = fact.value as number;
  if (conversion) {
    const divisor = conversionDivisor(fact.unit, conversion);
    if (divisor === undefined) throw new Error(`fact ${id} (${fact.unit}) has no conversion "${conversion}"`);
    value = Math.round((value / divisor) * 1000) / 1000;
  }
  switch (fact.unit) {
    case "httpStatus":
    case "year":
    case "port":
      return formatNumber(value, locale, false);
    case "statusClass":
      return `${value}xx`;
    default:
      return formatNumber(value, locale);
  }
}

const unitWords: Record<string, { en: [string, string]; ko: string }> = {
  seconds: { en: ["second", "seconds"], ko: "초" },
  min: { en: ["minute", "minutes"], ko: "분" },
  minutes: { en: ["minute", "minutes"], ko: "분" },
  h: { en: ["hour", "hours"], ko: "시간" },
  ms: { en: ["ms", "ms"], ko: "ms" },
  s: { en: ["second", "seconds"], ko: "초" },
  KB: { en: ["KB", "KB"], ko: "KB" },
  MB: { en: ["MB", "MB"], ko: "MB" },
};

/**
 * The value with its unit, for places without a surrounding sentence (flashcard backs, tables):
 * "6 hours" / "6시간", "1 MB", "90%", "HTTP 429", "10x" / "10배".
 */
export function formatFactWithUnit(id: FactId, locale: Locale, conversion?: string): string {
  const fact = facts[id];
  const shown = formatFact(id, locale, conversion);
  const unitKey = conversion ?? fact.unit;
  switch (unitKey) {
    case "httpStatus":
    case "statusClass":
      return `HTTP ${shown}`;
    case "percent":
    case "pct":
      return `${shown}%`;
    case "multiplier":
      return locale === "ko" ? `${shown}배` : `${shown}x`;
    default: {
      const words = unitWords[unitKey];
      if (!words) return shown;
      if (locale === "ko") return words.ko === "ms" || words.ko.endsWith("B") ? `${shown} ${words.ko}` : `${shown}${words.ko}`;
      const numeric = Number(shown.replace(/,/g, ""));
      const word = numeric === 1 ? words.en[0] : words.en[1];
      return `${shown} ${word}`;
    }
  }
}
