"use client";

import { useFormStatus } from "react-dom";

/** The mode buttons of the reading-mode form; they dim while the page re-renders in the new mode. */
export function ModeButtons({ modes, current, labelledBy }: { modes: readonly { value: string; label: string }[]; current: string; labelledBy: string }) {
  const { pending } = useFormStatus();
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
          className="rounded-full px-3.5 py-1.5 text-sm font-medium text-muted transition-colors hover:text-fg aria-pressed:bg-accent aria-pressed:text-accent-fg"
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}
