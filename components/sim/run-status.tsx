"use client";

import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { SimulationState } from "./use-simulation";

/** Runs shorter than this finish before a progress line would be worth reading. */
const SHOW_PROGRESS_AFTER_MS = 300;

/** The run's state in words (announced), with elapsed time and Cancel while a long run works. */
export function RunStatus({ state, stale, onCancel }: { state: SimulationState; stale: boolean; onCancel: () => void }) {
  const t = useTranslations("simulator.run");
  const format = useFormatter();
  const running = state.phase === "running";
  const [elapsed, setElapsed] = useState(0);

  useEffect(() => {
    if (!running) return;
    const started = performance.now();
    const timer = setInterval(() => setElapsed(performance.now() - started), 100);
    return () => {
      clearInterval(timer);
      setElapsed(0);
    };
  }, [running]);

  const seconds = format.number(elapsed / 1000, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <div className="flex min-h-11 flex-wrap items-center gap-3 text-sm" aria-live="polite" data-testid="run-status">
      {running && elapsed >= SHOW_PROGRESS_AFTER_MS ? (
        <>
          <span className="inline-block size-4 animate-spin rounded-full border-2 border-accent border-t-transparent" aria-hidden="true" />
          <span>{t("running", { seconds })}</span>
          <button type="button" onClick={onCancel} className="rounded-full border border-border px-4 py-1.5 font-medium hover:bg-surface-2">
            {t("cancel")}
          </button>
        </>
      ) : null}
      {state.phase === "done" && state.output ? (
        <span className="text-muted">
          {t("done", { ms: format.number(Math.round(state.output.elapsedMs)) })}
          {stale ? ` ${t("stale")}` : ""}
        </span>
      ) : null}
      {state.phase === "cancelled" ? (
        <span className="text-warning">{state.output ? `${t("cancelled")} ${t("previousResults")}` : t("cancelled")}</span>
      ) : null}
      {state.phase === "failed" ? <span className="text-danger">{t("failed", { message: state.message ?? "" })}</span> : null}
    </div>
  );
}
