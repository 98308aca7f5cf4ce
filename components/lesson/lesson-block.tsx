import type { Block } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";
import { InlineText } from "@/components/content/inline-text";
import { Callout } from "./callout";
import { Exercise } from "./exercise";
import { InLanguages } from "./in-languages";
import { LessonFigure } from "./lesson-figure";
import { LessonSimulator } from "./lesson-simulator";
import { LessonTable } from "./lesson-table";

/** One content block in both languages (CSS shows the reading mode's). `uiLocale` names tables and sliders, and draws diagrams in "both". */
export function LessonBlock({ block, uiLocale }: { block: Block; uiLocale: Locale }) {
  switch (block.type) {
    case "paragraph":
      return (
        <InLanguages>
          {(lang) => (
            <p className="text-pretty">
              <InlineText text={block.text} locale={lang} />
            </p>
          )}
        </InLanguages>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <InLanguages>
          {(lang) => (
            <List className={`space-y-1.5 pl-5 marker:text-muted ${block.ordered ? "list-decimal" : "list-disc"}`}>
              {block.items.map((item, i) => (
                <li key={i} className="pl-1 text-pretty">
                  <InlineText text={item} locale={lang} />
                </li>
              ))}
            </List>
          )}
        </InLanguages>
      );
    }
    case "callout":
      return <Callout block={block} />;
    case "figure":
      return <LessonFigure block={block} uiLocale={uiLocale} />;
    case "simulator":
      return <LessonSimulator block={block} uiLocale={uiLocale} />;
    case "exercise":
      return <Exercise block={block} />;
    case "table":
      return <LessonTable block={block} uiLocale={uiLocale} />;
  }
}
