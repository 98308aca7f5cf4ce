import type { FigureBlock } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";
import { figures } from "@/components/figures";
import { StackedText } from "./in-languages";

/**
 * A diagram with its caption. The SVG names and describes itself (title and desc), so the block's
 * alt text is not repeated here; the visible caption is the figure's caption. In "both" mode the
 * diagram is drawn once, in `figureLang`, and the caption is shown in both languages.
 */
export function LessonFigure({ block, locales, figureLang }: { block: FigureBlock; locales: readonly Locale[]; figureLang: Locale }) {
  const Figure = figures[block.figureId];
  return (
    <figure className="rounded-2xl border border-border bg-surface p-4 sm:p-6" data-figure={block.figureId}>
      <Figure lang={figureLang} />
      <figcaption className="mt-4 text-sm text-muted text-pretty">
        <StackedText text={block.caption} locales={locales} />
      </figcaption>
    </figure>
  );
}
