"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { dangerButton } from "./buttons";
import { AccountSection } from "./section";
import { TextField } from "./text-field";
import type { AccountFormAction } from "./types";
import { fieldError, useAccountForm } from "./use-account-form";

/** Deleting is confirmed by typing the account's email address, so it cannot happen by a stray click. */
export function DeleteForm({ email, action }: { email: string; action: AccountFormAction }) {
  const t = useTranslations("account");
  const locale = useLocale();
  const id = useId();
  const [state, formAction, pending] = useAccountForm(action);
  return (
    <AccountSection id="delete-heading" tone="danger" title={t("account.delete.heading")} body={t("account.delete.body")}>
      <form action={formAction} className="mt-5 grid max-w-md gap-5">
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id={`${id}-confirm`}
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          label={t("account.delete.confirmLabel")}
          help={email}
          error={fieldError(state, "confirmEmail") ? t("account.delete.mismatch") : undefined}
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={pending} className={dangerButton} data-testid="delete-submit">
            {pending ? t("account.delete.pending") : t("account.delete.submit")}
          </button>
          <p role="status" aria-live="polite" className="text-danger">
            {state.status === "failed" ? t("errors.failed") : null}
          </p>
        </div>
      </form>
    </AccountSection>
  );
}
