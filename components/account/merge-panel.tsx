"use client";

import { useTranslations } from "next-intl";
import type { GuestProgress } from "@/lib/learner/guest-progress";
import { primaryButton } from "./buttons";
import { AccountSection } from "./section";
import type { AccountFormAction } from "./types";
import { useAccountForm } from "./use-account-form";

/**
 * The choice after signing in on a browser that studied as a guest: add that progress to the account,
 * or leave it. Always rendered (null progress: nothing to offer), so the confirmation survives the
 * page's re-render after the merge, which no longer has guest progress to show.
 */
export function MergePanel({ progress, action }: { progress: GuestProgress | null; action: AccountFormAction }) {
  const t = useTranslations("account.account.merge");
  const [state, formAction, pending] = useAccountForm(action);
  if (state.status === "done") {
    return (
      <p role="status" className="rounded-2xl bg-success-soft p-4 text-success" data-testid="merge-done">
        {t("done")}
      </p>
    );
  }
  if (!progress) return null;
  return (
    <AccountSection id="merge-heading" tone="accent" title={t("heading")} body={t("body", { exp: progress.exp, reviews: progress.reviews, answers: progress.answers })}>
      <p className="mt-2 max-w-2xl text-sm text-muted">{t("keepSeparate")}</p>
      <form action={formAction} className="mt-5 flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={primaryButton} data-testid="merge-submit">
          {pending ? t("pending") : t("submit")}
        </button>
        <p role="status" aria-live="polite" className="text-danger">
          {state.status === "failed" || state.status === "invalid" ? t("failed") : null}
        </p>
      </form>
    </AccountSection>
  );
}
