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
    pattern: /^Lambda(?:Canary10Percent(?:5|10|15|30)Minutes|Linear10PercentEvery(?:1Minute|2Minutes|3Minutes|10Minutes)|AllAtOnce)$/,
    reason: "CodeDeploy predefined deployment configuration names (reference 8.4); their percentage is the fact codeDeployTrafficPercent",
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
