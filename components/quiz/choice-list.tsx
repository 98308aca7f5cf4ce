"use client";

import type { ReactNode } from "react";

export interface ChoiceItem {
  id: string;
  label: ReactNode;
}

/**
 * Options as large tappable rows with their number key shown. Native radio buttons or checkboxes
 * carry the semantics (the fieldset's legend names the group); the row is their label.
 */
export function ChoiceList({
  name,
  kind,
  items,
  selected,
  disabled,
  onToggle,
}: {
  name: string;
  kind: "radio" | "checkbox";
  items: readonly ChoiceItem[];
  selected: readonly string[];
  disabled?: boolean;
  onToggle: (id: string) => void;
}) {
  return (
    <ul className="grid gap-3">
      {items.map((item, index) => (
        <li key={item.id}>
          <label className="flex cursor-pointer items-start gap-3 rounded-xl border border-border bg-surface px-4 py-3 transition-colors hover:border-accent/60 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:disabled]:cursor-default has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent">
            <input
              type={kind}
              name={name}
              value={item.id}
              checked={selected.includes(item.id)}
              disabled={disabled}
              onChange={() => onToggle(item.id)}
              className="mt-1 size-4 shrink-0 accent-[var(--color-accent)] focus-visible:outline-none"
            />
            <span className="min-w-0 flex-1 leading-relaxed">{item.label}</span>
            {index < 9 ? (
              <kbd aria-hidden="true" className="mt-0.5 hidden rounded-md border border-border px-1.5 font-mono text-xs text-muted sm:inline">
                {index + 1}
              </kbd>
            ) : null}
          </label>
        </li>
      ))}
    </ul>
  );
}
