import type { Locale } from "@/lib/i18n/locales";
import { formatFact, getFact, isFactId } from "@/lib/content/facts";
import { getTerm } from "@/lib/content/glossary";
import { parseInline, type InlineToken } from "@/lib/content/inline";

/**
 * Inline tokens with everything a renderer needs for one locale: fact values formatted, glossary
 * terms named and defined (for a tooltip), so a React component maps each token to an element
 * without further lookups. Works in server and client components (no file system).
 */
export type ResolvedInlineToken =
  | { type: "text"; text: string }
  | { type: "bold"; children: ResolvedInlineToken[] }
  | { type: "code"; text: string }
  | { type: "fact"; id: string; text: string; ref: string }
  /** definition: the glossary definition as plain text (markup removed), for a tooltip or title */
  | { type: "term"; id: string; text: string; definition: string }
  | { type: "lesson"; lessonId: string; sectionId?: string; text: string };

function resolveToken(token: InlineToken, locale: Locale): ResolvedInlineToken {
  switch (token.type) {
    case "text":
    case "code":
      return token;
    case "bold":
      return { type: "bold", children: token.children.map((t) => resolveToken(t, locale)) };
    case "fact": {
      // Content is validated at load; an unknown id here is shown raw rather than crashing a page.
      if (!isFactId(token.id)) return { type: "text", text: `{fact:${token.id}}` };
      return { type: "fact", id: token.id, text: formatFact(token.id, locale, token.conversion), ref: getFact(token.id).ref };
    }
    case "term": {
      const entry = getTerm(token.id);
      if (!entry) return { type: "text", text: token.text ?? token.id };
      return { type: "term", id: token.id, text: token.text ?? plain(entry.term[locale], locale), definition: plain(entry.definition[locale], locale) };
    }
    case "lesson":
      return token;
  }
}

/** Markup removed; facts formatted; terms and links reduced to their shown text (no recursion into definitions). */
function plain(text: string, locale: Locale): string {
  const flatten = (tokens: readonly InlineToken[]): string =>
    tokens
      .map((t) => {
        switch (t.type) {
          case "bold":
            return flatten(t.children);
          case "fact":
            return isFactId(t.id) ? formatFact(t.id, locale, t.conversion) : t.id;
          case "term":
            return t.text ?? (getTerm(t.id) ? flatten(parseInline(getTerm(t.id)!.term[locale])) : t.id);
          default:
            return t.text;
        }
      })
      .join("");
  return flatten(parseInline(text));
}

export function resolveInline(text: string, locale: Locale): ResolvedInlineToken[] {
  return parseInline(text).map((t) => resolveToken(t, locale));
}

/** Plain text for one locale (titles in <title>, aria labels, search): markup removed, facts formatted. */
export function inlinePlainText(text: string, locale: Locale): string {
  return plain(text, locale);
}
