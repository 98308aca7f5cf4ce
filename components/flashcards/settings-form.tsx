"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { cardDirections, NEW_CARDS_MAX, NEW_CARDS_MIN, RETENTION_MAX, RETENTION_MIN, type SrsSettings } from "@/lib/srs/settings";
import type { SaveSettingsAction, SettingsField, SettingsFormState } from "./types";

/**
 * Desired retention, new cards per day and card sides, saved by a server action that validates them.
 * Works as a plain form before hydration; afterwards the result is announced without a reload.
 */
export function SettingsForm({ settings, action }: { settings: SrsSettings; action: SaveSettingsAction }) {
  const t = useTranslations("flashcards.settings");
  const id = useId();
  const [retention, setRetention] = useState(settings.desiredRetention);
  const [state, formAction, pending] = useActionState<SettingsFormState, FormData>(async (previous, form) => {
    try {
      return await action(previous, form);
    } catch {
      return { status: "failed" };
    }
  }, { status: "idle" });
  const invalid = (field: SettingsField) => state.status === "invalid" && state.fields.includes(field);
  const fieldClass = (field: SettingsField) => (invalid(field) ? "border-danger" : "border-border");

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-2xl border border-border bg-surface p-6 sm:p-8">
      <h2 id={`${id}-heading`} className="text-xl font-semibold tracking-tight">
        {t("heading")}
      </h2>
      <p className="mt-1 text-muted">{t("description")}</p>
      <form action={formAction} className="mt-6 grid gap-8 lg:grid-cols-3">
        <div>
          <div className="flex items-baseline justify-between gap-4">
            <label htmlFor={`${id}-retention`} className="font-medium">
              {t("retention")}
            </label>
            <output htmlFor={`${id}-retention`} className="text-lg font-semibold tabular-nums">
              {t("retentionValue", { percent: Math.round(retention * 100) })}
            </output>
          </div>
          <input
            id={`${id}-retention`}
            name="desiredRetention"
            type="range"
            min={RETENTION_MIN}
            max={RETENTION_MAX}
            step={0.01}
            value={retention}
            onChange={(e) => setRetention(Number(e.target.value))}
            aria-describedby={`${id}-retention-help`}
            aria-invalid={invalid("desiredRetention") || undefined}
            className="mt-3 h-11 w-full cursor-pointer accent-accent"
          />
          <p id={`${id}-retention-help`} className="mt-1 text-sm text-muted">
            {t("retentionHelp")}
          </p>
        </div>

        <div>
          <label htmlFor={`${id}-new`} className="font-medium">
            {t("newPerDay")}
          </label>
          <input
            id={`${id}-new`}
            name="newCardsPerDay"
            type="number"
            inputMode="numeric"
            min={NEW_CARDS_MIN}
            max={NEW_CARDS_MAX}
            step={1}
            required
            defaultValue={settings.newCardsPerDay}
            aria-describedby={`${id}-new-help`}
            aria-invalid={invalid("newCardsPerDay") || undefined}
            className={`mt-3 block h-11 w-32 rounded-xl border bg-bg px-3 text-lg tabular-nums ${fieldClass("newCardsPerDay")}`}
          />
          <p id={`${id}-new-help`} className="mt-1 text-sm text-muted">
            {t("newPerDayHelp", { min: NEW_CARDS_MIN, max: NEW_CARDS_MAX })}
          </p>
        </div>

        <fieldset aria-describedby={`${id}-direction-help`} aria-invalid={invalid("cardDirection") || undefined}>
          <legend className="font-medium">{t("direction")}</legend>
          <p id={`${id}-direction-help`} className="mt-1 text-sm text-muted">
            {t("directionHelp")}
          </p>
          <div className="mt-3 grid gap-2">
            {cardDirections.map((direction) => (
              <label
                key={direction}
                className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border px-3 py-2 has-checked:border-accent has-checked:bg-accent-soft ${fieldClass("cardDirection")}`}
              >
                <input type="radio" name="cardDirection" value={direction} defaultChecked={settings.cardDirection === direction} className="size-4 accent-accent" />
                <span>{t(`directions.${direction}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="flex flex-wrap items-center gap-4 lg:col-span-3">
          <button
            type="submit"
            disabled={pending}
            className="min-h-11 rounded-full bg-accent px-6 py-2 font-medium text-accent-fg shadow-sm transition hover:opacity-90 disabled:opacity-60"
          >
            {pending ? t("saving") : t("save")}
          </button>
          <p role="status" aria-live="polite" data-testid="settings-status" className={state.status === "saved" ? "text-success" : "text-danger"}>
            {state.status === "saved" ? t("saved") : state.status === "invalid" ? t("invalid") : state.status === "failed" ? t("failed") : null}
          </p>
        </div>
      </form>
    </section>
  );
}
