import { getTranslations } from "next-intl/server";
import type { GlossaryEntry } from "@/lib/content/glossary";
import type { Locale } from "@/lib/i18n/locales";
import { locales as allLocales } from "@/lib/i18n/locales";
import { InlineText } from "@/components/content/inline-text";

/**
 * Every glossary entry with its anchor (lessons link to /learn/glossary#<id>), the interface
 * language first and the other language beside it, so both are always at hand.
 */
export async function GlossaryList({ entries, locale, termOf }: { entries: readonly GlossaryEntry[]; locale: Locale; termOf: (id: string) => string }) {
  const t = await getTranslations("learn.glossary");
  const order = [locale, ...allLocales.filter((l) => l !== locale)];
  return (
    <dl className="divide-y divide-border rounded-2xl border border-border bg-surface">
      {entries.map((entry) => (
        <div key={entry.id} id={entry.id} className="scroll-mt-28 p-5 target:bg-accent-soft/50 sm:p-6">
          <dt className="text-lg font-semibold">
            <span lang={locale}>
              <InlineText text={entry.term} locale={locale} />
            </span>
          </dt>
          <dd className="mt-3 grid gap-x-8 gap-y-3 lg:grid-cols-2">
            {order.map((lang, i) => (
              <div key={lang} lang={lang} className={`min-w-0 ${i > 0 ? "text-muted" : ""}`}>
                {i > 0 && entry.term[lang] !== entry.term[locale] ? (
                  <p className="font-medium text-fg">
                    <InlineText text={entry.term} locale={lang} />
                  </p>
                ) : null}
                <p className="text-pretty">
                  <InlineText text={entry.definition} locale={lang} />
                </p>
              </div>
            ))}
          </dd>
          {entry.seeAlso?.length ? (
            <dd className="mt-3 text-sm text-muted">
              {t("seeAlso")}{" "}
              {entry.seeAlso.map((other, i) => (
                <span key={other}>
                  {i > 0 ? ", " : null}
                  <a href={`#${other}`} className="font-medium text-accent hover:underline">
                    {termOf(other)}
                  </a>
                </span>
              ))}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
