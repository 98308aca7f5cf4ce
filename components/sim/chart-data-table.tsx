"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ChartFunctionSummary } from "@/lib/sim-ui/chart-data";

/** The chart's key numbers per function as a table: the text alternative to the drawing. */
export function ChartDataTable({ summary }: { summary: readonly ChartFunctionSummary[] }) {
  const t = useTranslations("simulator.chart");
  const format = useFormatter();
  const n = (value: number | null) => (value === null ? t("none") : format.number(value));
  const columns: { key: string; label: string; value: (fn: ChartFunctionSummary) => string }[] = [
    { key: "peak", label: t("peakConcurrency"), value: (fn) => n(fn.peakConcurrency) },
    { key: "reserved", label: t("reservedColumn"), value: (fn) => n(fn.reservedConcurrency) },
    { key: "provisioned", label: t("provisionedColumn"), value: (fn) => n(fn.peakProvisioned || null) },
    { key: "throttles", label: t("throttles"), value: (fn) => n(fn.throttles) },
    { key: "first", label: t("firstThrottle"), value: (fn) => (fn.firstThrottleSecond === null ? t("none") : t("atSecond", { second: format.number(fn.firstThrottleSecond) })) },
    { key: "cold", label: t("coldStarts"), value: (fn) => n(fn.coldStarts) },
    { key: "queue", label: t("peakQueue"), value: (fn) => n(fn.peakQueueDepth) },
    { key: "dlq", label: t("deadLetters"), value: (fn) => n(fn.deadLetterDeliveries) },
    { key: "destination", label: t("destinations"), value: (fn) => n(fn.destinationDeliveries) },
  ];
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium text-accent">{t("dataTable")}</summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-max border-collapse text-left tabular-nums">
          <thead>
            <tr className="border-b border-border text-muted">
              <th scope="col" className="py-2 pr-4 font-medium">{t("function")}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="py-2 pr-4 font-medium">{column.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.map((fn) => (
              <tr key={fn.name} className="border-b border-border last:border-0">
                <th scope="row" className="py-2 pr-4 font-medium">{fn.name}</th>
                {columns.map((column) => (
                  <td key={column.key} className="py-2 pr-4">{column.value(fn)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
