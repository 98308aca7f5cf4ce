import type { InputHTMLAttributes } from "react";

/** A labelled input with its help and inline error, tied together for screen readers. */
export function TextField({
  id,
  label,
  help,
  error,
  ...input
}: { id: string; label: string; help?: string; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`mt-2 block h-11 w-full rounded-xl border bg-bg px-3 ${error ? "border-danger" : "border-border"}`}
        {...input}
      />
      {help ? (
        <p id={`${id}-help`} className="mt-1 text-sm text-muted">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
