import { InlineText } from "@/components/content/inline-text";
import type { Bilingual } from "@/lib/content/bilingual";
import type { Locale } from "@/lib/i18n/locales";

/**
 * One side of a card in its languages. A second language reads as a gloss of the first: smaller,
 * muted and set off by a rule. Each block carries its lang so screen readers and Korean line
 * breaking follow the text, not the page.
 */
export function CardSide({ text, locales, size }: { text: Bilingual; locales: readonly Locale[]; size: "question" | "answer" }) {
  const primary = size === "question" ? "text-xl font-medium sm:text-2xl" : "text-lg sm:text-xl";
  return (
    <div className="space-y-4">
      {locales.map((lang, i) => (
        <p
          key={lang}
          lang={lang}
          className={i === 0 ? `${primary} leading-relaxed text-pretty` : "border-l-2 border-accent-soft pl-4 leading-relaxed text-muted text-pretty sm:text-lg"}
        >
          <InlineText text={text} locale={lang} />
        </p>
      ))}
    </div>
  );
}
