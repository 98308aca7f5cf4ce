"use client";

import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { formatScenario, readScenarioText } from "@/lib/sim-ui/editor";
import { applyKnob, scenarioKnobs, type Knob } from "@/lib/sim-ui/knobs";
import { encodeScenarioParam } from "@/lib/sim-ui/scenario-url";
import type { WorkbenchStart } from "@/lib/sim-ui/start";
import { exampleIds, exampleScenarios, type ExampleId } from "@/lib/sim/examples";
import { AssumptionList } from "./assumption-list";
import { EventList } from "./event-list";
import { KnobFields } from "./knob-fields";
import { MetricsTable } from "./metrics-table";
import { RunStatus } from "./run-status";
import { TimelineChart } from "./timeline-chart";
import { useSimulation } from "./use-simulation";
import { ValidationIssues } from "./validation-issues";

const card = "rounded-2xl border border-border bg-surface p-5 sm:p-6";
const CUSTOM = "";

export function SimulatorWorkbench({ start }: { start: WorkbenchStart }) {
  const t = useTranslations("simulator");
  const format = useFormatter();
  const editorId = useId();
  const editorStatusId = useId();
  const selectId = useId();
  const [exampleId, setExampleId] = useState<ExampleId | typeof CUSTOM>(start.exampleId ?? CUSTOM);
  const [text, setText] = useState(start.text);
  const [ranText, setRanText] = useState<string | null>(null);
  const [shareNote, setShareNote] = useState<"copied" | "inAddressBar" | null>(null);
  const deferredText = useDeferredValue(text);
  const editor = useMemo(() => readScenarioText(deferredText), [deferredText]);
  const json = editor.kind === "not-json" ? undefined : editor.json;
  const knobGroups = useMemo(() => (json === undefined ? [] : scenarioKnobs(json)), [json]);
  const { state, run, cancel } = useSimulation();

  const runText = useCallback(
    (source: string) => {
      const current = readScenarioText(source);
      if (current.kind !== "valid") return;
      setRanText(source);
      run(current.scenario);
    },
    [run],
  );

  const startedRef = useRef(false);
  useEffect(() => {
    if (startedRef.current) return;
    startedRef.current = true;
    runText(start.text);
  }, [runText, start.text]);

  const edit = (next: string) => {
    setText(next);
    setShareNote(null);
  };

  const pickExample = (id: string) => {
    if (!(exampleIds as readonly string[]).includes(id)) return;
    const next = formatScenario(exampleScenarios[id as ExampleId]);
    setExampleId(id as ExampleId);
    edit(next);
    window.history.replaceState(null, "", `?example=${id}`);
    runText(next);
  };

  const changeKnob = (knob: Knob, value: number | null) => {
    if (json === undefined) return;
    setExampleId(CUSTOM);
    edit(formatScenario(applyKnob(json, knob, value)));
  };

  const share = async () => {
    if (json === undefined) return;
    window.history.replaceState(null, "", `?scenario=${encodeScenarioParam(json)}`);
    try {
      await navigator.clipboard.writeText(window.location.href);
      setShareNote("copied");
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): the link is still in the address bar.
      setShareNote("inAddressBar");
    }
  };

  const output = state.output;
  const valid = editor.kind === "valid";

  return (
    <div className="space-y-8">
      {start.linkProblem ? (
        <p role="alert" className="rounded-xl bg-danger-soft p-4 text-danger">
          {t(`link.${start.linkProblem}`)}
        </p>
      ) : null}

      <section aria-labelledby={`${selectId}-heading`} className={card}>
        <h2 id={`${selectId}-heading`} className="sr-only">{t("scenario.heading")}</h2>
        <label htmlFor={selectId} className="block font-medium">{t("scenario.example")}</label>
        <select
          id={selectId}
          value={exampleId}
          onChange={(event) => pickExample(event.target.value)}
          className="mt-2 h-11 w-full max-w-xl rounded-xl border border-border bg-bg px-3"
        >
          {exampleId === CUSTOM ? <option value={CUSTOM}>{t("scenario.custom")}</option> : null}
          {exampleIds.map((id) => (
            <option key={id} value={id}>{t(`examples.${id}.title`)}</option>
          ))}
        </select>
        <p className="mt-3 max-w-3xl text-muted text-pretty">
          {exampleId === CUSTOM ? t("scenario.customSummary") : t(`examples.${exampleId}.summary`)}
        </p>
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => runText(text)}
            disabled={!valid}
            className="h-11 rounded-full bg-accent px-6 font-semibold text-accent-fg transition hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t("run.button")}
          </button>
          <button
            type="button"
            onClick={share}
            disabled={!valid}
            className="h-11 rounded-full border border-border px-5 font-medium transition hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t("share.button")}
          </button>
          <span className="text-sm text-muted" aria-live="polite">{shareNote ? t(`share.${shareNote}`) : null}</span>
        </div>
        <div className="mt-3">
          <RunStatus state={state} stale={ranText !== null && ranText !== text} onCancel={cancel} />
        </div>
      </section>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby={`${editorId}-settings`} className={card}>
          <h2 id={`${editorId}-settings`} className="mb-1 text-lg font-semibold">{t("knobs.heading")}</h2>
          <p className="mb-5 text-sm text-muted">{t("knobs.intro")}</p>
          <KnobFields groups={knobGroups} disabled={json === undefined} onChange={changeKnob} />
        </section>
        <section aria-labelledby={`${editorId}-heading`} className={`${card} min-w-0`}>
          <h2 id={`${editorId}-heading`} className="mb-1 text-lg font-semibold">{t("editor.heading")}</h2>
          <label htmlFor={editorId} className="mb-3 block text-sm text-muted">{t("editor.label")}</label>
          <textarea
            id={editorId}
            value={text}
            onChange={(event) => {
              setExampleId(CUSTOM);
              edit(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                runText(text);
              }
            }}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            aria-invalid={!valid}
            aria-describedby={editorStatusId}
            rows={20}
            className="block h-96 w-full resize-y rounded-xl border border-border bg-bg p-3 font-mono text-xs leading-relaxed sm:text-sm"
          />
          <div id={editorStatusId} className="mt-3" aria-live="polite">
            {editor.kind === "valid" ? <p className="text-sm text-success">{t("editor.valid")}</p> : null}
            {editor.kind === "not-json" ? (
              <p className="rounded-xl bg-danger-soft p-4 text-sm text-danger">
                {t("editor.notJson")} <span lang="en" className="font-mono text-xs">{editor.detail}</span>
              </p>
            ) : null}
            {editor.kind === "invalid" ? <ValidationIssues issues={editor.issues} /> : null}
          </div>
        </section>
      </div>

      {output ? (
        <section aria-labelledby={`${editorId}-results`} aria-busy={state.phase === "running"} className="space-y-6 [&[aria-busy=true]_.recharts-surface]:opacity-60">
          <h2 id={`${editorId}-results`} className="text-2xl font-semibold tracking-tight">{t("results.heading")}</h2>
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            {(
              [
                ["accountPeak", output.metrics.account.ConcurrentExecutions],
                ["unreservedPeak", output.metrics.account.UnreservedConcurrentExecutions],
                ["accountThrottles", output.metrics.account.Throttles],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="rounded-2xl border border-border bg-surface px-5 py-4" data-account={key}>
                <dt className="text-sm text-muted">{t(`results.${key}`)}</dt>
                <dd className="mt-1 text-3xl font-semibold tabular-nums">{format.number(value)}</dd>
              </div>
            ))}
          </dl>
          <div className={card}>
            <h3 className="mb-4 font-semibold">{t("results.perFunction")}</h3>
            <MetricsTable metrics={output.metrics} />
          </div>
          <div className={card}>
            <TimelineChart data={output.chart} title={t("results.chartTitle")} />
          </div>
          <div className={card}>
            <h3 className="mb-2 font-semibold">{t("events.heading")}</h3>
            <EventList events={output.metrics.events} />
          </div>
          <section aria-labelledby={`${editorId}-assumptions`}>
            <h3 id={`${editorId}-assumptions`} className="mb-3 font-semibold">{t("assumptions.heading")}</h3>
            <AssumptionList assumptions={output.metrics.assumptions} />
          </section>
        </section>
      ) : null}
    </div>
  );
}
