import type { ReactNode } from "react";

export function PageHeader({ title, description, children }: { title: string; description?: string; children?: ReactNode }) {
  return (
    <header className="mb-8 max-w-3xl sm:mb-10">
      <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">{title}</h1>
      {description ? <p className="mt-3 text-lg text-muted text-pretty">{description}</p> : null}
      {children}
    </header>
  );
}
