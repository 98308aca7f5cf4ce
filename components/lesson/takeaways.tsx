import { getTranslations } from "next-intl/server";
import type { Bilingual } from "@/lib/content/bilingual";
import { InlineText } from "@/components/content/inline-text";
import { InLanguages } from "./in-languages";

export async function Takeaways({ takeaways }: { takeaways: readonly Bilingual[] }) {
  const t = await getTranslations("learn.lesson");
  return (
    <section aria-labelledby="takeaways-heading" id="takeaways" className="scroll-mt-32 rounded-2xl border border-border bg-surface p-6 sm:p-8">
      <h2 id="takeaways-heading" className="text-2xl font-semibold tracking-tight">
        {t("takeaways")}
      </h2>
      <InLanguages className="mt-5">
        {(lang) => (
          <ul className="space-y-3">
            {takeaways.map((item, i) => (
              <li key={i} className="flex gap-3 text-pretty">
                <span aria-hidden="true" className="mt-2.5 size-1.5 shrink-0 rounded-full bg-accent" />
                <span>
                  <InlineText text={item} locale={lang} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </InLanguages>
    </section>
  );
}
