"use client";

import { useLocale, useTranslations } from "next-intl";

/**
 * The modelling choices behind a run, where AWS documents nothing. The simulator words them in
 * English only, so they are marked as English for screen readers and translation tools.
 */
export function AssumptionList({ assumptions }: { assumptions: readonly string[] }) {
  const t = useTranslations("simulator.assumptions");
  const locale = useLocale();
  return (
    <div className="rounded-2xl border border-warning/40 bg-warning-soft p-5 sm:p-6">
      <p className="font-medium">{t("intro")}</p>
      {locale !== "en" ? <p className="mt-1 text-sm text-muted">{t("englishNote")}</p> : null}
      <ul lang="en" className="mt-3 list-disc space-y-2 pl-5 text-sm marker:text-warning">
        {assumptions.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
