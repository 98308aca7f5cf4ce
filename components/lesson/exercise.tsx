import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ExerciseBlock } from "@/lib/content/lessons";
import { InlineText } from "@/components/content/inline-text";
import { InLanguages, StackedText } from "./in-languages";

/** A guided exercise: goal, steps and what to observe, then a link into the Simulator with its scenario. */
export async function Exercise({ block }: { block: ExerciseBlock }) {
  const t = await getTranslations("learn.exercise");
  const headingId = `exercise-${block.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-border bg-surface p-5 sm:p-6" data-testid={headingId}>
      <p className="text-xs font-semibold tracking-wide text-accent uppercase">{t("label")}</p>
      <h3 id={headingId} className="mt-1 text-lg font-semibold">
        <StackedText text={block.title} />
      </h3>
      <InLanguages className="mt-3 space-y-4">
        {(lang) => (
          <>
            <p className="text-pretty">
              <span className="font-medium">{t("goal")}</span> <InlineText text={block.goal} locale={lang} />
            </p>
            <div>
              <p className="font-medium">{t("steps")}</p>
              <ol className="mt-1 list-decimal space-y-1 pl-5 marker:text-muted">
                {block.steps.map((step, i) => (
                  <li key={i}>
                    <InlineText text={step} locale={lang} />
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <p className="font-medium">{t("observe")}</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 marker:text-muted">
                {block.observe.map((item, i) => (
                  <li key={i}>
                    <InlineText text={item} locale={lang} />
                  </li>
                ))}
              </ul>
            </div>
          </>
        )}
      </InLanguages>
      <Link
        href={{ pathname: "/simulator", query: { example: block.scenarioId } }}
        className="mt-5 inline-flex items-center gap-2 rounded-full bg-accent px-5 py-2 font-medium text-accent-fg transition hover:opacity-90"
      >
        {t("open")}
        <span aria-hidden="true">→</span>
      </Link>
    </section>
  );
}
