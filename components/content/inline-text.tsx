import { useId, type ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { Bilingual } from "@/lib/content/bilingual";
import { resolveInline, type ResolvedInlineToken } from "@/lib/content/resolve";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Renders one content string's inline markup (lib/content/inline.ts) for a language: bold, code,
 * formatted facts, glossary terms and lesson cross-links. No hooks beyond useId and no client-only
 * APIs, so it renders in server components (lessons) and client components (flashcards) alike.
 *
 * `locale` is the language of the text; links keep the page's URL locale (the locale-aware Link),
 * because reading Korean text on an English page must not switch the interface language.
 */
export function InlineText({ text, locale }: { text: Bilingual | string; locale: Locale }) {
  const source = typeof text === "string" ? text : text[locale];
  return <>{renderTokens(resolveInline(source, locale))}</>;
}

function renderTokens(tokens: readonly ResolvedInlineToken[]): ReactNode[] {
  return tokens.map((token, i) => <Token key={i} token={token} />);
}

function Token({ token }: { token: ResolvedInlineToken }) {
  switch (token.type) {
    case "text":
      return token.text;
    case "bold":
      return <strong className="font-semibold text-fg">{renderTokens(token.children)}</strong>;
    case "code":
      return <code className="rounded bg-surface-2 px-1 py-0.5 font-mono text-[0.875em] wrap-anywhere">{token.text}</code>;
    case "fact":
      // tabular figures keep numbers in tables and side-by-side columns aligned
      return <span className="tabular-nums">{token.text}</span>;
    case "term":
      return <GlossaryTerm id={token.id} text={token.text} definition={token.definition} />;
    case "lesson":
      return (
        <Link
          href={{ pathname: `/learn/${token.lessonId}`, hash: token.sectionId }}
          className="font-medium text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
        >
          {token.text}
        </Link>
      );
  }
}

/**
 * A link to the glossary entry whose definition shows on hover and on keyboard focus. The
 * definition is the link's accessible description (aria-describedby), so screen readers announce
 * it without depending on the visual tooltip. Closed tooltips are display:none, so they never widen
 * the page on a phone; a description reference still reads hidden text. Escape hides an open one
 * (see TooltipEscape).
 */
function GlossaryTerm({ id, text, definition }: { id: string; text: string; definition: string }) {
  const tipId = `term-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  return (
    <span className="group/term relative inline">
      <Link
        href={{ pathname: "/learn/glossary", hash: id }}
        aria-describedby={tipId}
        className="text-inherit underline decoration-muted decoration-dotted underline-offset-4 hover:decoration-accent hover:decoration-solid"
      >
        {text}
      </Link>
      <span
        role="tooltip"
        id={tipId}
        className="absolute bottom-full left-0 z-30 mb-2 hidden w-max max-w-[min(20rem,calc(100vw-2rem))] rounded-xl border border-border bg-surface px-3 py-2 text-sm leading-snug font-normal text-fg shadow-lg group-focus-within/term:block group-hover/term:block in-data-tooltips-dismissed:hidden!"
      >
        {definition}
      </span>
    </span>
  );
}
