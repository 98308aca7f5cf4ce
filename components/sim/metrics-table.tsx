"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { FunctionMetrics, ThrottleReason } from "@/lib/sim/types";
import type { SimMetrics } from "@/lib/sim-ui/run";
import { CodeName } from "./code-name";

interface Row {
  key: string;
  label: string;
  /** The CloudWatch (or simulator) name, shown beside the label. */
  metric?: string;
  indent?: boolean;
  value: (fn: FunctionMetrics) => string;
}

/** Per-function results, metrics down the side so a phone scrolls rows, not columns. */
export function MetricsTable({ metrics }: { metrics: SimMetrics }) {
  const t = useTranslations("simulator.results");
  const tm = useTranslations("simulator.metrics");
  const format = useFormatter();
  const names = Object.keys(metrics.functions);
  const all = Object.values(metrics.functions);
  const n = (value: number) => format.number(value);
  const ms = (value: number | null) => (value === null ? tm("notMeasured") : tm("milliseconds", { value: format.number(value) }));
  const count = (key: keyof FunctionMetrics & string): Row => ({
    key,
    label: tm(key as Parameters<typeof tm>[0]),
    metric: key,
    value: (fn) => n(fn[key] as number),
  });

  const reasons = [...new Set(all.flatMap((fn) => Object.keys(fn.ThrottlesByReason)))] as ThrottleReason[];
  const hasProvisioned = all.some((fn) => fn.ProvisionedConcurrencyInvocations + fn.ProvisionedConcurrencySpilloverInvocations > 0);
  const hasAsync = all.some((fn) => fn.AsyncEventsReceived > 0);
  const hasSync = all.some((fn) => fn.SyncRequests > 0);

  const rows: Row[] = [
    count("Invocations"),
    count("Throttles"),
    ...reasons.map((reason): Row => ({ key: reason, label: reason, indent: true, value: (fn) => n(fn.ThrottlesByReason[reason] ?? 0) })),
    count("ConcurrentExecutions"),
    count("ColdStarts"),
    count("Errors"),
    ...(hasProvisioned ? [count("ProvisionedConcurrencyInvocations"), count("ProvisionedConcurrencySpilloverInvocations")] : []),
    ...(hasAsync
      ? [count("AsyncEventsReceived"), count("AsyncEventsDropped"), count("DeadLetterDeliveries"), count("DestinationDeliveries"), {
          key: "age",
          label: tm("AsyncEventAgeMaxSeconds"),
          metric: "AsyncEventAgeMaxSeconds",
          value: (fn: FunctionMetrics) => tm("seconds", { value: format.number(fn.AsyncEventAgeMaxSeconds, { maximumFractionDigits: 1 }) }),
        }]
      : []),
    ...(hasSync
      ? (["p50", "p95", "p99"] as const).map((p): Row => ({ key: p, label: t("latency", { percentile: p }), value: (fn) => ms(fn.SyncLatencyMs[p]) }))
      : []),
  ];

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm tabular-nums">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 font-medium text-muted">{t("metric")}</th>
            {names.map((name) => (
              <th key={name} scope="col" className="py-2 pl-4 text-right font-mono font-medium whitespace-nowrap">{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-border last:border-0" data-metric={row.key}>
              <th scope="row" className={`py-2 font-normal ${row.indent ? "pl-4 text-muted" : ""}`}>
                {row.indent ? <CodeName name={row.label} /> : row.label}
                {row.metric && row.metric !== row.label ? <CodeName name={row.metric} className="block text-muted sm:ml-2 sm:inline" /> : null}
              </th>
              {names.map((name) => (
                <td key={name} className={`py-2 pl-4 text-right whitespace-nowrap ${row.key === "Throttles" ? "font-semibold" : ""}`} data-function={name}>
                  {row.value(metrics.functions[name] as FunctionMetrics)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
