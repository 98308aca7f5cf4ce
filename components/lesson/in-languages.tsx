import type { ReactNode } from "react";
import type { Bilingual } from "@/lib/content/bilingual";
import type { Locale } from "@/lib/i18n/locales";
import { InlineText } from "@/components/content/inline-text";

/**
 * One piece of content in each reading language. With two languages the versions sit side by side
 * on wide screens (two columns aligned per block) and one after the other on phones (interleaved:
 * English, then Korean), from the same markup.
 */
export function InLanguages({
  locales,
  className = "",
  children: render,
}: {
  locales: readonly Locale[];
  className?: string;
  children: (lang: Locale) => ReactNode;
}) {
  if (locales.length === 1) {
    const lang = locales[0]!;
    return (
      <div lang={lang} className={className}>
        {render(lang)}
      </div>
    );
  }
  return (
    <div className="grid gap-x-10 gap-y-2 lg:grid-cols-2">
      {locales.map((lang, i) => (
        <div
          key={lang}
          lang={lang}
          data-lang={lang}
          // on phones the second language is set off by a rule so the pair reads as one block
          className={`min-w-0 ${i > 0 ? "border-l-2 border-accent-soft pl-3 lg:border-l-0 lg:pl-0" : ""} ${className}`}
        >
          {render(lang)}
        </div>
      ))}
    </div>
  );
}

/** Inline text in each reading language, stacked (headings, captions, table cells). */
export function Stacked({ locales, children: render }: { locales: readonly Locale[]; children: (lang: Locale) => ReactNode }) {
  return locales.map((lang, i) => (
    <span key={lang} lang={lang} className={i > 0 ? "mt-0.5 block text-[0.92em] font-normal text-muted" : "block"}>
      {render(lang)}
    </span>
  ));
}

/** A content string stacked in the reading languages; shown once when both languages read the same (numbers, AWS names). */
export function StackedText({ text, locales }: { text: Bilingual; locales: readonly Locale[] }) {
  const shown = locales.length > 1 && text.en === text.ko ? [locales[0]!] : locales;
  return <Stacked locales={shown}>{(lang) => <InlineText text={text} locale={lang} />}</Stacked>;
}
