import type { FigureBlock } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";
import { figures } from "@/components/figures";
import { StackedText } from "./in-languages";
import { contentLocales, figureVisibility } from "./reading-mode";

/**
 * A diagram with its caption. The SVG names and describes itself (title and desc), so the block's
 * alt text is not repeated here; the visible caption is the figure's caption. The diagram is drawn
 * in each language and CSS shows one: the reading mode's, or in "both" the interface language's
 * (`uiLocale`), with the caption in both languages.
 */
export function LessonFigure({ block, uiLocale }: { block: FigureBlock; uiLocale: Locale }) {
  const Figure = figures[block.figureId];
  return (
    <figure className="rounded-2xl border border-border bg-surface p-4 sm:p-6" data-figure={block.figureId}>
      {contentLocales.map((lang) => (
        <div key={lang} className={figureVisibility(lang, uiLocale)}>
          <Figure lang={lang} />
        </div>
      ))}
      <figcaption className="mt-4 text-sm text-muted text-pretty">
        <StackedText text={block.caption} />
      </figcaption>
    </figure>
  );
}
