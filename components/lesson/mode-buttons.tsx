"use client";

import { useSyncExternalStore } from "react";
import { useFormStatus } from "react-dom";
import { readShownMode, showMode, subscribeShownMode, writeModeCookie, type ClientReadingMode } from "./reading-mode-store";

/**
 * The mode buttons of the reading-mode form. A press shows the mode at once and remembers it in the
 * cookie; the form's server action then stores it for the learner. The pressed button follows the
 * mode shown (the page is static: the server renders the URL's language as `fallback`).
 */
/** The pressed look follows the article's mode in CSS, so it is right before hydration too. */
const pressedLook: Record<ClientReadingMode, string> = {
  en: "[[data-reading-mode=en]_&]:bg-accent [[data-reading-mode=en]_&]:text-accent-fg",
  ko: "[[data-reading-mode=ko]_&]:bg-accent [[data-reading-mode=ko]_&]:text-accent-fg",
  both: "[[data-reading-mode=both]_&]:bg-accent [[data-reading-mode=both]_&]:text-accent-fg",
};

export function ModeButtons({
  modes,
  fallback,
  labelledBy,
}: {
  modes: readonly { value: ClientReadingMode; label: string }[];
  fallback: ClientReadingMode;
  labelledBy: string;
}) {
  const { pending } = useFormStatus();
  const current = useSyncExternalStore(subscribeShownMode, () => readShownMode() ?? fallback, () => fallback);
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      aria-busy={pending}
      className="inline-flex rounded-full border border-border bg-surface p-1 transition-opacity aria-busy:opacity-60"
    >
      {modes.map((m) => (
        <button
          key={m.value}
          type="submit"
          name="mode"
          value={m.value}
          aria-pressed={m.value === current}
          onClick={() => {
            showMode(m.value);
            writeModeCookie(m.value);
          }}
          className={`rounded-full px-3.5 py-1.5 text-sm font-medium text-muted transition-colors hover:text-fg ${pressedLook[m.value]}`}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}
