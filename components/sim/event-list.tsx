"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SimEvent } from "@/lib/sim/types";
import { CodeName } from "./code-name";

/** The notable moments of a run: the first of each kind per function, and provisioned concurrency changes. */
export function EventList({ events }: { events: readonly SimEvent[] }) {
  const t = useTranslations("simulator.events");
  const format = useFormatter();
  if (events.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <ol className="divide-y divide-border">
      {events.map((event, i) => {
        const detail = event.reason ?? event.condition ?? event.qualifier;
        return (
          <li key={i} className="grid grid-cols-[5rem_1fr] gap-x-4 py-2.5 sm:grid-cols-[6rem_10rem_1fr]">
            <span className="text-muted tabular-nums">{t("at", { second: format.number(event.timeSeconds, { maximumFractionDigits: 2 }) })}</span>
            <span className="truncate font-mono text-sm sm:order-none">{event.function}</span>
            <span className="col-start-2 sm:col-start-3">
              {t(`kinds.${event.kind}`, { value: format.number(event.provisionedConcurrentExecutions ?? 0) })}
              {detail ? <CodeName name={detail} className="ml-2 rounded bg-surface-2 px-1.5 py-0.5" /> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
