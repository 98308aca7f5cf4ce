import type { ReactNode } from "react";

/** One panel of the account page, labelled by its heading. */
export function AccountSection({ id, title, body, tone = "normal", children }: { id: string; title: string; body?: string; tone?: "normal" | "danger" | "accent"; children?: ReactNode }) {
  const look = tone === "danger" ? "border-danger/40 bg-surface" : tone === "accent" ? "border-accent/40 bg-accent-soft" : "border-border bg-surface";
  return (
    <section aria-labelledby={id} className={`rounded-2xl border p-6 sm:p-8 ${look}`}>
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {body ? <p className="mt-1 max-w-2xl text-muted">{body}</p> : null}
      {children}
    </section>
  );
}
