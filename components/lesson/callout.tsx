import { getTranslations } from "next-intl/server";
import type { CalloutBlock, CalloutKind } from "@/lib/content/lessons";
import { InlineText } from "@/components/content/inline-text";
import { InLanguages } from "./in-languages";

/** Restrained, distinct styling per kind: a coloured rule and label, a faint tint. */
const styles: Record<CalloutKind, { box: string; label: string }> = {
  tip: { box: "border-accent bg-accent-soft/60", label: "text-accent" },
  warning: { box: "border-warning bg-warning-soft", label: "text-warning" },
  history: { box: "border-muted bg-surface-2", label: "text-muted" },
  assumption: { box: "border-dashed border-muted bg-surface", label: "text-muted" },
};

export async function Callout({ block }: { block: CalloutBlock }) {
  const t = await getTranslations("learn.callout");
  const style = styles[block.kind];
  return (
    <div role="note" aria-label={t(block.kind)} className={`rounded-r-2xl border-l-4 px-4 py-3 sm:px-5 sm:py-4 ${style.box}`} data-callout={block.kind}>
      <p className={`text-xs font-semibold tracking-wide uppercase ${style.label}`}>{t(block.kind)}</p>
      <InLanguages className="mt-1">
        {(lang) => (
          <>
            {block.title ? (
              <p className="font-semibold">
                <InlineText text={block.title} locale={lang} />
              </p>
            ) : null}
            <p className="text-pretty">
              <InlineText text={block.text} locale={lang} />
            </p>
          </>
        )}
      </InLanguages>
    </div>
  );
}
