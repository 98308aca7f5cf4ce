"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { Knob, KnobGroup } from "@/lib/sim-ui/knobs";

function KnobField({ knob, disabled, onChange }: { knob: Knob; disabled: boolean; onChange: (value: number | null) => void }) {
  const t = useTranslations("simulator.knobs");
  const id = useId();
  const hintId = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {t(knob.kind)}
        {knob.qualifier !== undefined ? <span className="ml-1.5 font-mono text-xs font-normal text-muted">{knob.qualifier}</span> : null}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={knob.min}
        step={knob.step}
        value={knob.value ?? ""}
        placeholder={knob.optional ? t("unreservedPlaceholder") : undefined}
        disabled={disabled}
        aria-describedby={knob.optional ? hintId : undefined}
        onChange={(event) => {
          const text = event.target.value.trim();
          if (text === "") {
            if (knob.optional) onChange(null);
            return;
          }
          const value = Number(text);
          if (Number.isFinite(value)) onChange(value);
        }}
        className="mt-1 h-11 w-full rounded-xl border border-border bg-bg px-3 tabular-nums disabled:opacity-60"
      />
      {knob.optional ? (
        <p id={hintId} className="mt-1 text-xs text-muted">
          {t("reservedHint")}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Form fields for the settings people change most. They edit the JSON below them, which stays the
 * one source of truth; while the JSON does not parse they are disabled.
 */
export function KnobFields({ groups, disabled, onChange }: { groups: readonly KnobGroup[]; disabled: boolean; onChange: (knob: Knob, value: number | null) => void }) {
  const t = useTranslations("simulator.knobs");
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <fieldset key={group.function ?? "account"} className="min-w-0">
          <legend className="mb-3 font-semibold">
            {group.function === undefined ? t("account") : <span className="font-mono">{group.function}</span>}
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.knobs.map((knob) => (
              <KnobField key={knob.path} knob={knob} disabled={disabled} onChange={(value) => onChange(knob, value)} />
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
