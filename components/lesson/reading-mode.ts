import type { Locale } from "@/lib/i18n/locales";

/**
 * Lesson content is rendered in both languages; CSS shows the reading mode's language(s) from the
 * `data-reading-mode` attribute of the lesson's <article> (set before first paint, see
 * reading-mode-script.tsx). Class names are spelled out in full so Tailwind finds them.
 */
export const contentLocales: readonly Locale[] = ["en", "ko"];

/** Hides a language's version when the mode shows only the other language. */
export const hiddenUnlessShown: Record<Locale, string> = {
  en: "[[data-reading-mode=ko]_&]:hidden",
  ko: "[[data-reading-mode=en]_&]:hidden",
};

/** The second language of "both", in a heading or caption: smaller and muted under the first. */
export const secondLineInBoth =
  "[[data-reading-mode=both]_&]:mt-0.5 [[data-reading-mode=both]_&]:text-[0.92em] [[data-reading-mode=both]_&]:font-normal [[data-reading-mode=both]_&]:text-muted";

/** "Both" on phones: the second language is set off by a rule so the pair reads as one block. */
export const secondColumnRuleInBoth = "border-accent-soft [[data-reading-mode=both]_&]:max-lg:border-l-2 [[data-reading-mode=both]_&]:max-lg:pl-3";

/** Two columns side by side on wide screens in "both". */
export const columnsInBoth = "[[data-reading-mode=both]_&]:lg:grid-cols-2";

/** A single-language column reads best narrow; "both" takes the full width. */
export const narrowUnlessBoth = "max-w-3xl [[data-reading-mode=both]_&]:max-w-none";

/** A diagram is drawn once: in the mode's language, or in "both" in the interface language. */
export function figureVisibility(lang: Locale, uiLocale: Locale): string {
  return lang === uiLocale ? hiddenUnlessShown[lang] : `${hiddenUnlessShown[lang]} [[data-reading-mode=both]_&]:hidden`;
}
