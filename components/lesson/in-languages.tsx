import type { ReactNode } from "react";
import type { Bilingual } from "@/lib/content/bilingual";
import type { Locale } from "@/lib/i18n/locales";
import { InlineText } from "@/components/content/inline-text";
import { columnsInBoth, contentLocales, hiddenUnlessShown, secondColumnRuleInBoth, secondLineInBoth } from "./reading-mode";

/**
 * One piece of content in both languages; CSS shows the reading mode's (see reading-mode.ts). In
 * "both" the versions sit side by side on wide screens (two columns aligned per block) and one
 * after the other on phones (interleaved: English, then Korean), from the same markup.
 */
export function InLanguages({ className = "", children: render }: { className?: string; children: (lang: Locale) => ReactNode }) {
  return (
    <div className={`grid gap-x-10 gap-y-2 ${columnsInBoth}`}>
      {contentLocales.map((lang, i) => (
        <div
          key={lang}
          lang={lang}
          data-lang={lang}
          className={`min-w-0 ${hiddenUnlessShown[lang]} ${i > 0 ? secondColumnRuleInBoth : ""} ${className}`}
        >
          {render(lang)}
        </div>
      ))}
    </div>
  );
}

/** Inline text in both languages, stacked in "both" (headings, captions, table cells). */
export function Stacked({ children: render }: { children: (lang: Locale) => ReactNode }) {
  return contentLocales.map((lang, i) => (
    <span key={lang} lang={lang} className={`block ${hiddenUnlessShown[lang]} ${i > 0 ? secondLineInBoth : ""}`}>
      {render(lang)}
    </span>
  ));
}

/** A content string in the reading language(s); shown once when both languages read the same (numbers, AWS names). */
export function StackedText({ text }: { text: Bilingual }) {
  if (text.en === text.ko)
    return (
      <span className="block">
        <InlineText text={text} locale="en" />
      </span>
    );
  return <Stacked>{(lang) => <InlineText text={text} locale={lang} />}</Stacked>;
}
