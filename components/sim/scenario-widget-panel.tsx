"use client";

import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { keyFigures } from "@/lib/sim-ui/key-figures";
import { getAtPointer, setAtPointer } from "@/lib/sim-ui/pointer";
import { simulatorHref } from "@/lib/sim-ui/scenario-url";
import type { Scenario } from "@/lib/sim/types";
import { KeyFigureList } from "./key-figure-list";
import { TimelineChart } from "./timeline-chart";
import { useSimulation } from "./use-simulation";

export interface WidgetParameter {
  /** JSON pointer to the number the learner changes, e.g. "/functions/0/reservedConcurrentExecutions". */
  path: string;
  min: number;
  max: number;
  step: number;
  /** Already in the reader's language. */
  label: string;
}

/** Moving a slider fires many changes: simulate once it rests. */
const DEBOUNCE_MS = 200;

/** The function a pointer is about: /functions/N/... or the target of /traffic/N/... */
function focusOf(scenario: Scenario, path: string): string | undefined {
  const match = /^\/(functions|traffic)\/(\d+)\//.exec(path);
  if (!match) return undefined;
  const index = Number(match[2]);
  return match[1] === "functions" ? scenario.functions[index]?.name : scenario.traffic[index]?.function;
}

export function ScenarioWidgetPanel({
  id,
  scenario: base,
  parameter,
  caption,
  watch,
}: {
  /** The example's id, on the root element for tests and styling hooks. */
  id: string;
  scenario: Scenario;
  parameter: WidgetParameter;
  caption: ReactNode;
  watch: readonly string[] | undefined;
}) {
  const t = useTranslations("simulator.widget");
  const format = useFormatter();
  const inputId = useId();
  const errorId = useId();
  const start = getAtPointer(base, parameter.path);
  const [value, setValue] = useState(typeof start === "number" ? start : parameter.min);
  const [draft, setDraft] = useState(String(value));
  const scenario = useMemo(() => setAtPointer(base, parameter.path, value), [base, parameter.path, value]);
  const focus = focusOf(base, parameter.path);
  const { state, run } = useSimulation();
  const firstRun = useRef(true);

  useEffect(() => {
    const delay = firstRun.current ? 0 : DEBOUNCE_MS;
    firstRun.current = false;
    const timer = setTimeout(() => run(scenario, focus), delay);
    return () => clearTimeout(timer);
  }, [scenario, focus, run]);

  const draftNumber = Number(draft);
  const draftValid = draft.trim() !== "" && Number.isFinite(draftNumber) && draftNumber >= parameter.min && draftNumber <= parameter.max;
  const output = state.output;

  if (typeof start !== "number") {
    // A content error (the lesson's pointer leads nowhere): say so rather than simulate something else.
    return <p className="rounded-2xl border border-border bg-danger-soft p-5 text-danger">{t("badParameter", { path: parameter.path })}</p>;
  }

  return (
    <div className="rounded-2xl border border-border bg-surface p-5 sm:p-6" data-scenario-widget={id}>
      <div className="text-pretty">{caption}</div>
      <div className="mt-5 grid gap-x-4 gap-y-2 sm:grid-cols-[1fr_auto] sm:items-center">
        <label htmlFor={inputId} className="font-medium sm:col-span-2">
          {parameter.label}
        </label>
        <input
          type="range"
          min={parameter.min}
          max={parameter.max}
          step={parameter.step}
          value={value}
          aria-label={parameter.label}
          aria-valuetext={format.number(value)}
          onChange={(event) => {
            setValue(Number(event.target.value));
            setDraft(event.target.value);
          }}
          className="h-11 w-full cursor-pointer accent-(--color-accent)"
        />
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          min={parameter.min}
          max={parameter.max}
          step={parameter.step}
          value={draft}
          aria-invalid={!draftValid}
          aria-describedby={draftValid ? undefined : errorId}
          onChange={(event) => {
            setDraft(event.target.value);
            const next = Number(event.target.value);
            if (event.target.value.trim() !== "" && next >= parameter.min && next <= parameter.max) setValue(next);
          }}
          className="h-11 w-full rounded-xl border border-border bg-bg px-3 tabular-nums sm:w-32"
        />
      </div>
      {draftValid ? null : (
        <p id={errorId} className="mt-2 text-sm text-danger">
          {t("outOfRange", { min: format.number(parameter.min), max: format.number(parameter.max) })}
        </p>
      )}
      <div className="mt-5 min-h-6 text-sm text-muted" aria-live="polite">
        {state.phase === "running" ? t("running") : null}
        {state.phase === "failed" ? <span className="text-danger">{t("failed", { message: state.message ?? "" })}</span> : null}
        {state.phase === "invalid" ? (
          <span className="text-danger">{t("invalid", { issues: state.issues.map((i) => `${i.path}: ${i.message}`).join("; ") })}</span>
        ) : null}
      </div>
      {output ? (
        // While re-running, only the chart graphic fades: faded text would fail contrast (WCAG 1.4.3).
        <div aria-busy={state.phase === "running"} className="[&[aria-busy=true]_.recharts-surface]:opacity-60 [&_.recharts-surface]:transition-opacity">
          <KeyFigureList figures={keyFigures(output.metrics, watch, focus)} showFunction={base.functions.length > 1} />
          <div className="mt-6">
            <TimelineChart data={output.chart} title={t("chartTitle")} height={300} />
          </div>
        </div>
      ) : (
        <div className="h-80 animate-pulse rounded-xl bg-surface-2" />
      )}
      <Link
        href={simulatorHref(scenario)}
        className="mt-6 inline-flex items-center gap-2 rounded-full border border-border px-4 py-2 text-sm font-medium transition hover:bg-surface-2"
      >
        {t("open")}
        <span aria-hidden="true">→</span>
      </Link>
    </div>
  );
}
