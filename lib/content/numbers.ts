import { parseInline, type InlineToken } from "@/lib/content/inline";

/**
 * "No bare numbers": every number a content string teaches comes from content/facts.json through
 * {fact:id}, so it traces to a section of the reference and changes in one place. A digit anywhere
 * else in a content string is an error, except for the few patterns below, each with its reason.
 * Keep this list short; prefer adding a fact.
 */

export interface NumberAllowance {
  pattern: RegExp;
  reason: string;
}

/** Code spans whose digits are names or identifiers, not taught quantities. Matched against the whole span. */
export const allowedCodeSpans: readonly NumberAllowance[] = [
  {
    pattern: /^arn:aws:lambda:[a-z]{2}-[a-z]+-\d:\d{12}:function:[A-Za-z0-9_-]+(?::(?:\$LATEST|\d+|[A-Za-z][A-Za-z0-9_-]*))?$/,
    reason: "ARN example: the Region, the 12-digit account id and the version qualifier are identifiers",
  },
  {
    pattern: /^arn:aws:(?:elasticfilesystem|sqs|sns|kms|iam):[a-z0-9-]*:\d{12}:[A-Za-z0-9:/_-]+$/,
    reason: "ARN example of another service: Region and account id are identifiers",
  },
  {
    pattern: /^\d{12}$/,
    reason: "an example 12-digit AWS account id",
  },
  {
    pattern: /^(?:Lambda)?(?:Canary10Percent(?:5|10|15|30)Minutes|Linear10PercentEvery(?:1Minute|2Minutes|3Minutes|10Minutes)|AllAtOnce)$/,
    reason: "CodeDeploy predefined deployment configuration names (reference 8.4), also as AWS SAM DeploymentPreference types without the Lambda prefix (12.3); their percentage is the fact codeDeployTrafficPercent",
  },
  {
    pattern: /^:?[1-9]$/,
    reason: "a published version label such as `1` or `:2` (a name, not a quantity)",
  },
];

/** Words in running text whose digits are part of a proper name. Matched anywhere in text. */
export const allowedTextWords: readonly NumberAllowance[] = [
  { pattern: /\bS3\b/g, reason: "the service name Amazon S3" },
  { pattern: /\bEC2\b/g, reason: "the service name Amazon EC2" },
  { pattern: /\bp(?:50|95|99)\b/g, reason: "latency percentile names (p50, p95, p99), as in the simulator's SyncLatencyMs result" },
];

function textDigits(text: string): string[] {
  let scrubbed = text;
  for (const allowance of allowedTextWords) {
    scrubbed = scrubbed.replace(allowance.pattern, " ");
  }
  const found: string[] = [];
  const re = /[^\s]*\d[^\s]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(scrubbed))) found.push(m[0]);
  return found;
}

function scan(tokens: readonly InlineToken[], found: string[]) {
  for (const token of tokens) {
    switch (token.type) {
      case "text":
        found.push(...textDigits(token.text));
        break;
      case "bold":
        scan(token.children, found);
        break;
      case "code":
        if (/\d/.test(token.text) && !allowedCodeSpans.some((a) => a.pattern.test(token.text))) found.push(`\`${token.text}\``);
        break;
      case "term":
      case "lesson":
        if (token.text) found.push(...textDigits(token.text));
        break;
      case "fact":
        break;
    }
  }
}

/** The bare numbers of one content string (empty when every number is a {fact:...}). */
export function findBareNumbers(text: string): string[] {
  const found: string[] = [];
  scan(parseInline(text), found);
  return found;
}

/*
 * Korean numbers. Korean writes small quantities and months in digits ("1초", "9월") where English
 * writes words ("one second", "September"); spelling them out in hangul ("일 초", "구월") reads as
 * forced. So a Korean string may use digits that its English
 * counterpart writes as words: every Korean digit must be mirrored by an English number word or
 * month name of the same value. The English side still has no bare digits, so every number stays
 * traceable: to a fact, or to a word the English text states.
 */

const numberWords: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const monthNames = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
] as const;

/** Plain-text runs of a string outside code spans and facts (where words and digits are read). */
function textRuns(tokens: readonly InlineToken[]): string[] {
  return tokens.flatMap((token) => {
    switch (token.type) {
      case "text":
        return [token.text];
      case "bold":
        return textRuns(token.children);
      case "term":
      case "lesson":
        return token.text ? [token.text] : [];
      default:
        return [];
    }
  });
}

interface Mirrored {
  numbers: number[];
  months: number[];
}

/** Number words and month names the English text states, as values (a multiset). */
function englishWords(en: string): Mirrored {
  const words = textRuns(parseInline(en)).join(" ").toLowerCase().match(/[a-z]+/g) ?? [];
  const numbers: number[] = [];
  const months: number[] = [];
  for (const word of words) {
    if (word in numberWords) numbers.push(numberWords[word]!);
    const month = (monthNames as readonly string[]).indexOf(word);
    if (month >= 0) months.push(month + 1);
  }
  return { numbers, months };
}

function take(pool: number[], value: number): boolean {
  const i = pool.indexOf(value);
  if (i < 0) return false;
  pool.splice(i, 1);
  return true;
}

/**
 * The bare numbers of a bilingual string: the English ones (none are allowed) and the Korean digits
 * that the English does not mirror with a number word or month name.
 */
export function findBareNumbersBilingual(text: { en: string; ko: string }): { en: string[]; ko: string[] } {
  const en = findBareNumbers(text.en);
  const mirrored = englishWords(text.en);
  const ko = findBareNumbers(text.ko).filter((found) => {
    if (found.startsWith("`")) return true;
    const values = [...found.matchAll(/(\d+)(월)?/g)];
    // "1초씩", "9월부터": each number needs its English word
    return !values.every((m) => (m[2] ? take(mirrored.months, Number(m[1])) : take(mirrored.numbers, Number(m[1]))));
  });
  return { en, ko };
}

/**
 * Korean quantities spelled out in Sino-Korean numerals before a counter, which Korean writes in
 * digits: "일 초", "십 분", "시월", "십일월", "십분의 일". Write the digits instead (mirrored by an
 * English word, or a {fact:...}). Word-initial only, with the space these forced readings carry, so
 * "구분", "이 시간" (this time) and "십분" (fully) are not matched.
 */
const spelledOut: readonly RegExp[] = [
  /(?<![가-힣])(?:[일삼사오육칠팔구] (?:초|분|시간|배)|이 초)/g,
  /(?<![가-힣])[이삼사오육칠팔구]?십[일이삼사오육칠팔구]? (?:초|분|시간|배|개월)/g,
  /(?<![가-힣])(?:시월|유월|십일월|십이월|[삼사오칠팔구]월)/g,
  /(?<![가-힣])(?:[이삼사오육칠팔구]?[십백천]|[이삼사오육칠팔구])분의 ?[일이삼사오육칠팔구]/g,
];

export function findSpelledOutKoreanNumbers(ko: string): string[] {
  const text = textRuns(parseInline(ko)).join(" ");
  return spelledOut.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
}
