"use client";

import { useTranslations } from "next-intl";
import type { SimAssumption } from "@/lib/sim/types";

/**
 * The modelling choices behind a run, where AWS documents nothing. The simulator names each by a
 * stable id; the text shown is the current locale's wording (simulator.assumptions.items.<id>).
 */
export function AssumptionList({ assumptions }: { assumptions: readonly SimAssumption[] }) {
  const t = useTranslations("simulator.assumptions");
  return (
    <div className="rounded-2xl border border-warning/40 bg-warning-soft p-5 sm:p-6">
      <p className="font-medium">{t("intro")}</p>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-sm marker:text-warning">
        {assumptions.map(({ id }) => (
          <li key={id}>{t(`items.${id}`)}</li>
        ))}
      </ul>
    </div>
  );
}
