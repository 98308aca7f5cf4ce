/**
 * The inline markup of every content string (lessons, glossary, cards, questions), parsed into
 * tokens that a React renderer maps to elements. Pure: no I/O, no imports of content.
 *
 *   **bold**                          bold; may contain code, facts, terms and links (not bold)
 *   `code`                            literal code, nothing parsed inside
 *   {fact:id}  {fact:id|h}            a number from content/facts.json, formatted for the locale;
 *                                     after "|" a unit conversion (seconds: min, h; ms: s; ratio: pct)
 *   [[term:id]]  [[term:id|shown]]    a link to a glossary entry (shown text defaults to the term)
 *   [[lesson:id#section|shown]]       a cross-link to a lesson or one of its sections ("#section"
 *                                     optional, shown text required)
 *   \*  \`  \{  \[  \\                a literal character
 *
 * `parseInline` never throws: malformed markup becomes text and is reported by `parseInlineDetailed`
 * and `validateInline`, which the content test runs over every string.
 */

export type InlineToken =
  | { type: "text"; text: string }
  | { type: "bold"; children: InlineToken[] }
  | { type: "code"; text: string }
  | { type: "fact"; id: string; conversion?: string }
  | { type: "term"; id: string; text?: string }
  | { type: "lesson"; lessonId: string; sectionId?: string; text: string };

export type InlineTokenType = InlineToken["type"];

export interface InlineProblem {
  index: number;
  message: string;
}

export interface InlineParse {
  tokens: InlineToken[];
  problems: InlineProblem[];
}

const ID = "[A-Za-z][A-Za-z0-9_-]*";
const factBody = new RegExp(`^(${ID})(?:\\|([a-z]+))?$`);
const termBody = new RegExp(`^term:(${ID})(?:\\|([^|]+))?$`);
const lessonBody = new RegExp(`^lesson:(${ID})(?:#(${ID}))?\\|([^|]+)$`);
const escapable = new Set(["*", "`", "{", "}", "[", "]", "\\"]);

export function parseInlineDetailed(source: string): InlineParse {
  const problems: InlineProblem[] = [];
  const top: InlineToken[] = [];
  let bold: { children: InlineToken[]; start: number } | null = null;
  let buffer = "";

  const out = (): InlineToken[] => (bold ? bold.children : top);
  const flush = () => {
    if (buffer) out().push({ type: "text", text: buffer });
    buffer = "";
  };
  const push = (token: InlineToken) => {
    flush();
    out().push(token);
  };

  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "\\" && i + 1 < source.length && escapable.has(source[i + 1]!)) {
      buffer += source[i + 1];
      i += 2;
      continue;
    }
    if (source.startsWith("**", i)) {
      flush();
      if (bold) {
        if (bold.children.length === 0) problems.push({ index: bold.start, message: "empty bold (**)" });
        top.push({ type: "bold", children: bold.children });
        bold = null;
      } else {
        bold = { children: [], start: i };
      }
      i += 2;
      continue;
    }
    if (ch === "`") {
      const end = source.indexOf("`", i + 1);
      if (end === -1) {
        problems.push({ index: i, message: "unclosed code span (`)" });
        buffer += ch;
        i += 1;
        continue;
      }
      const text = source.slice(i + 1, end);
      if (!text) problems.push({ index: i, message: "empty code span" });
      push({ type: "code", text });
      i = end + 1;
      continue;
    }
    if (source.startsWith("{fact:", i)) {
      const end = source.indexOf("}", i);
      const body = end === -1 ? "" : source.slice(i + "{fact:".length, end);
      const match = factBody.exec(body);
      if (end === -1 || !match) {
        problems.push({ index: i, message: `malformed fact reference "${source.slice(i, end === -1 ? i + 20 : end + 1)}"` });
        buffer += ch;
        i += 1;
        continue;
      }
      push(match[2] ? { type: "fact", id: match[1]!, conversion: match[2] } : { type: "fact", id: match[1]! });
      i = end + 1;
      continue;
    }
    if (source.startsWith("[[", i)) {
      const end = source.indexOf("]]", i);
      const body = end === -1 ? "" : source.slice(i + 2, end);
      const term = termBody.exec(body);
      const lesson = lessonBody.exec(body);
      if (term) {
        push(term[2] ? { type: "term", id: term[1]!, text: term[2].trim() } : { type: "term", id: term[1]! });
      } else if (lesson) {
        push(
          lesson[2]
            ? { type: "lesson", lessonId: lesson[1]!, sectionId: lesson[2], text: lesson[3]!.trim() }
            : { type: "lesson", lessonId: lesson[1]!, text: lesson[3]!.trim() },
        );
      } else {
        const shown = end === -1 ? source.slice(i, i + 30) : source.slice(i, end + 2);
        problems.push({
          index: i,
          message: `malformed link "${shown}" (expected [[term:id]], [[term:id|text]] or [[lesson:id#section|text]])`,
        });
        buffer += ch;
        i += 1;
        continue;
      }
      i = end + 2;
      continue;
    }
    buffer += ch;
    i += 1;
  }
  flush();
  if (bold) {
    problems.push({ index: bold.start, message: "unclosed bold (**)" });
    top.push({ type: "bold", children: bold.children });
  }
  return { tokens: mergeText(top), problems };
}

function mergeText(tokens: InlineToken[]): InlineToken[] {
  const merged: InlineToken[] = [];
  for (const token of tokens) {
    const last = merged[merged.length - 1];
    if (token.type === "text" && last?.type === "text") last.text += token.text;
    else if (token.type === "bold") merged.push({ type: "bold", children: mergeText(token.children) });
    else merged.push(token);
  }
  return merged;
}

export function parseInline(source: string): InlineToken[] {
  return parseInlineDetailed(source).tokens;
}

/** What a string may refer to. Built from the loaded content by lib/content/context.ts. */
export interface InlineContext {
  factIds: ReadonlySet<string>;
  termIds: ReadonlySet<string>;
  /** lesson id -> its section ids */
  lessons: ReadonlyMap<string, ReadonlySet<string>>;
  /** whether a fact accepts a unit conversion; when absent, any conversion on a known fact is accepted */
  conversionOk?: (factId: string, conversion: string) => boolean;
}

/** Visits every token, bold children included. */
export function walkInline(tokens: readonly InlineToken[], visit: (token: InlineToken) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === "bold") walkInline(token.children, visit);
  }
}

/** Syntax problems and broken references of one string; empty when the string is sound. */
export function validateInline(source: string, ctx: InlineContext): string[] {
  const { tokens, problems } = parseInlineDetailed(source);
  const errors = problems.map((p) => `${p.message} at ${p.index}`);
  walkInline(tokens, (token) => {
    switch (token.type) {
      case "fact":
        if (!ctx.factIds.has(token.id)) errors.push(`unknown fact "${token.id}"`);
        else if (token.conversion && ctx.conversionOk && !ctx.conversionOk(token.id, token.conversion))
          errors.push(`fact "${token.id}" has no conversion "${token.conversion}"`);
        break;
      case "term":
        if (!ctx.termIds.has(token.id)) errors.push(`unknown glossary term "${token.id}"`);
        break;
      case "lesson": {
        const sections = ctx.lessons.get(token.lessonId);
        if (!sections) errors.push(`unknown lesson "${token.lessonId}"`);
        else if (token.sectionId && !sections.has(token.sectionId))
          errors.push(`unknown section "${token.sectionId}" in lesson "${token.lessonId}"`);
        break;
      }
      default:
        break;
    }
  });
  return errors;
}

/** The text a reader sees, with facts shown by id (for search indexes and plain-text previews). */
export function inlineToPlainText(tokens: readonly InlineToken[], fact: (id: string, conversion?: string) => string): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "text":
        case "code":
          return token.text;
        case "bold":
          return inlineToPlainText(token.children, fact);
        case "fact":
          return fact(token.id, token.conversion);
        case "term":
          return token.text ?? token.id;
        case "lesson":
          return token.text;
      }
    })
    .join("");
}
