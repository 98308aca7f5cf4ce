"use client";

import { useTranslations } from "next-intl";
import type { ValidationIssue } from "@/lib/sim/types";

/** Scenario errors, each with the field path at fault (the simulator words them in English, as AWS does). */
export function ValidationIssues({ issues, id }: { issues: readonly ValidationIssue[]; id?: string }) {
  const t = useTranslations("simulator.editor");
  return (
    <div id={id} className="rounded-xl bg-danger-soft p-4 text-sm">
      <p className="font-semibold text-danger">{t("issues", { count: issues.length })}</p>
      <ul className="mt-2 space-y-1.5">
        {issues.map((issue, i) => (
          <li key={`${issue.path}-${i}`} className="break-words">
            <code className="rounded bg-surface px-1.5 py-0.5 font-mono text-xs text-fg">{issue.path || t("rootPath")}</code>{" "}
            <span lang="en">{issue.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
