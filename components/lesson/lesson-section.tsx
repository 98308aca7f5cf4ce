import { getTranslations } from "next-intl/server";
import type { Section } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";
import { CheckQuestion } from "./check-question";
import { StackedText } from "./in-languages";
import { LessonBlock } from "./lesson-block";
import { SectionEnd } from "./section-end";

/** A lesson section: heading, blocks, its "check yourself" questions, and the mark-as-read end. */
export async function LessonSection({
  section,
  number,
  uiLocale,
}: {
  section: Section;
  number: number;
  uiLocale: Locale;
}) {
  const t = await getTranslations("learn.check");
  const headingId = `${section.id}-heading`;
  const checks = section.check ?? [];
  return (
    <section id={section.id} aria-labelledby={headingId} className="scroll-mt-32 border-t border-border pt-10 first:border-t-0 first:pt-0">
      <h2 id={headingId} className="flex gap-3 text-2xl font-semibold tracking-tight text-balance">
        <span className="text-muted tabular-nums" aria-hidden="true">
          {number}
        </span>
        <span className="min-w-0">
          <StackedText text={section.title} />
        </span>
      </h2>
      <div className="mt-6 space-y-5 leading-7">
        {section.blocks.map((block, i) => (
          <LessonBlock key={i} block={block} uiLocale={uiLocale} />
        ))}
      </div>
      {checks.length ? (
        <div className="mt-8 space-y-4">
          <h3 className="text-lg font-semibold">{t("heading")}</h3>
          {checks.map((q) => (
            <CheckQuestion
              key={q.id}
              questionId={q.id}
              correct={q.correct}
              prompt={<StackedText text={q.prompt} />}
              options={q.options.map((o) => ({
                text: <StackedText text={o.text} />,
                explanation: <StackedText text={o.explanation} />,
              }))}
            />
          ))}
        </div>
      ) : null}
      <div className="mt-8">
        <SectionEnd sectionId={section.id} checkIds={checks.map((q) => q.id)} />
      </div>
    </section>
  );
}
