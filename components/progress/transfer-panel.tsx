"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ChangeEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import type { ImportSummary } from "@/lib/progress/transfer";

type Status =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; summary: ImportSummary }
  | { kind: "failed"; message: string; problems?: string[] };

const failureCodes = ["too-large", "not-json", "invalid-file"] as const;
type FailureCode = (typeof failureCodes)[number];

/** Download and import of the progress file; the result is announced in a polite live region. */
export function TransferPanel() {
  const t = useTranslations("progress.transfer");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setStatus({ kind: "busy" });
    let body: string;
    try {
      body = await file.text();
      JSON.parse(body);
    } catch {
      setStatus({ kind: "failed", message: t("failures.not-json") });
      return;
    }
    try {
      const response = await fetch("/api/progress/import", { method: "POST", headers: { "content-type": "application/json" }, body });
      const result = (await response.json()) as { imported?: ImportSummary; code?: FailureCode; error?: string; problems?: string[] };
      if (!response.ok || !result.imported) {
        const known = result.code && failureCodes.includes(result.code) ? t(`failures.${result.code}`) : (result.error ?? response.statusText);
        setStatus({ kind: "failed", message: known, problems: result.problems });
        return;
      }
      setStatus({ kind: "done", summary: result.imported });
      router.refresh();
    } catch {
      setStatus({ kind: "failed", message: t("network") });
    }
  }

  return (
    <section aria-labelledby="transfer-heading" className="rounded-2xl border border-border bg-surface p-6">
      <h2 id="transfer-heading" className="text-lg font-semibold tracking-tight">
        {t("heading")}
      </h2>
      <p className="mt-2 max-w-2xl text-sm text-muted">{t("body")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <a href="/api/progress/export" download className="rounded-full bg-accent px-5 py-2 text-sm font-medium text-accent-fg hover:opacity-90">
          {t("export")}
        </a>
        <button
          type="button"
          onClick={() => input.current?.click()}
          disabled={status.kind === "busy"}
          className="rounded-full border border-border px-5 py-2 text-sm font-medium hover:bg-surface-2 disabled:opacity-60"
        >
          {status.kind === "busy" ? t("importing") : t("import")}
        </button>
        <input ref={input} type="file" accept="application/json,.json" aria-label={t("fileLabel")} className="sr-only" tabIndex={-1} onChange={onFile} />
      </div>
      <div role="status" aria-live="polite" className="mt-4 text-sm empty:hidden">
        {status.kind === "done" ? (
          <p className="rounded-xl bg-success-soft p-3 text-success">
            {t("success", { rewards: status.summary.rewards, reviews: status.summary.reviews, attempts: status.summary.attempts, days: status.summary.studyDays })}
          </p>
        ) : status.kind === "failed" ? (
          <div className="rounded-xl bg-danger-soft p-3 text-danger">
            <p>{t("error", { message: status.message })}</p>
            {status.problems?.length ? (
              <ul lang="en" className="mt-2 list-disc pl-5 font-mono text-xs break-all">
                {status.problems.slice(0, 5).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
