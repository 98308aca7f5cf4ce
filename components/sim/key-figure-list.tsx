"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { KeyFigure } from "@/lib/sim-ui/key-figures";

/** A few result numbers in large type; announced politely when a new run changes them. */
export function KeyFigureList({ figures, showFunction }: { figures: readonly KeyFigure[]; showFunction: boolean }) {
  const t = useTranslations("simulator.metrics");
  const format = useFormatter();
  const label = (figure: KeyFigure) =>
    figure.metric === "ByVersion" ? t("ByVersion", { version: figure.version ?? "" }) : t(figure.metric);
  const value = (figure: KeyFigure) => {
    if (figure.value === null) return t("notMeasured");
    if (figure.metric === "SyncLatencyMs") return t("milliseconds", { value: format.number(figure.value, { maximumFractionDigits: 0 }) });
    if (figure.metric === "AsyncEventAgeMaxSeconds") return t("seconds", { value: format.number(figure.value, { maximumFractionDigits: 1 }) });
    return format.number(figure.value);
  };
  return (
    <dl aria-live="polite" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map((figure) => (
        <div key={`${figure.metric}-${figure.function}-${figure.version ?? ""}`} className="rounded-xl bg-surface-2 px-4 py-3" data-figure={`${figure.metric}:${figure.function}`}>
          <dt className="text-sm text-muted">
            {label(figure)}
            {showFunction ? <span className="block truncate text-xs">{figure.function}</span> : null}
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{value(figure)}</dd>
        </div>
      ))}
    </dl>
  );
}
