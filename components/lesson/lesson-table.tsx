import type { Locale } from "@/lib/i18n/locales";
import type { TableBlock } from "@/lib/content/lessons";
import { inlinePlainText } from "@/lib/content/resolve";
import { StackedText } from "./in-languages";

/**
 * A table: one table whatever the reading mode (two half-width copies would be too cramped), each
 * cell in the reading language(s). Scrolls sideways on narrow screens; the scroll region is
 * focusable so keyboard users can scroll it too.
 */
/** Narrow enough that two columns fit a 360 px phone, wide enough that five stay legible (and scroll). */
const COLUMN_MIN_REM = 9;

export function LessonTable({ block, uiLocale }: { block: TableBlock; uiLocale: Locale }) {
  const caption = (
    <StackedText text={block.caption} />
  );
  return (
    <div className="overflow-x-auto rounded-2xl border border-border bg-surface" tabIndex={0} role="region" aria-label={inlinePlainText(block.caption[uiLocale], uiLocale)}>
      <table className="w-full border-collapse text-left text-sm" style={{ minWidth: `${block.columns.length * COLUMN_MIN_REM}rem` }}>
        <caption className="border-b border-border px-4 py-3 text-left font-semibold">{caption}</caption>
        <thead className="bg-surface-2">
          <tr>
            {block.columns.map((column, i) => (
              <th key={i} scope="col" className="px-4 py-2.5 align-bottom font-semibold">
                <StackedText text={column} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r} className="border-t border-border">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="min-w-36 px-4 py-2.5 align-top font-medium">
                    <StackedText text={cell} />
                  </th>
                ) : (
                  <td key={c} className="px-4 py-2.5 align-top">
                    <StackedText text={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
