"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/limits";
import { primaryButton } from "./buttons";
import { AccountSection } from "./section";
import { TextField } from "./text-field";
import type { AccountFormAction } from "./types";
import { fieldError, useAccountForm } from "./use-account-form";

export function PasswordForm({ action }: { action: AccountFormAction }) {
  const t = useTranslations("account");
  const id = useId();
  const [state, formAction, pending] = useAccountForm(action);
  const error = (field: string) => {
    const key = fieldError(state, field);
    return key ? t(`errors.${key}`, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }) : undefined;
  };
  return (
    <AccountSection id="password-heading" title={t("account.password.heading")} body={t("account.password.body")}>
      <form action={formAction} className="mt-5 grid max-w-md gap-5">
        <TextField id={`${id}-current`} name="currentPassword" type="password" autoComplete="current-password" required label={t("fields.currentPassword")} error={error("currentPassword")} />
        <TextField
          id={`${id}-new`}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          label={t("fields.newPassword")}
          help={t("fields.passwordHelp", { min: MIN_PASSWORD_LENGTH })}
          error={error("newPassword")}
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? t("account.password.pending") : t("account.password.submit")}
          </button>
          <p role="status" aria-live="polite" className={state.status === "done" ? "text-success" : "text-danger"}>
            {state.status === "done" ? t("account.password.done") : state.status === "failed" ? t("errors.failed") : null}
          </p>
        </div>
      </form>
    </AccountSection>
  );
}
