"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { fieldErrors, signInSchema, signUpSchema, type FieldError } from "@/lib/auth/forms";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/limits";
import { primaryButton } from "./buttons";
import { TextField } from "./text-field";

type Mode = "sign-up" | "sign-in";
type FormError = { key: "emailTaken" | "wrongCredentials" | "failed" | "network" } | { key: "rateLimited"; seconds: number };

/**
 * Sign-up and sign-in. Posts to Better Auth's own endpoints (so its Origin check and its per-IP rate
 * limit apply), then loads the account page with the new session cookie.
 */
export function AuthForm({ mode }: { mode: Mode }) {
  const t = useTranslations("account");
  const router = useRouter();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, FieldError | "emailTaken">>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const [pending, setPending] = useState(false);
  const texts = mode === "sign-up" ? "signUp" : "signIn";

  const message = (key: FieldError | "emailTaken") => t(`errors.${key}`, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = (mode === "sign-up" ? signUpSchema : signInSchema).safeParse({ email: data.get("email"), password: data.get("password") });
    setFormError(null);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(found);
      form.current?.querySelector<HTMLInputElement>(`[name="${Object.keys(found)[0]}"]`)?.focus();
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const body = mode === "sign-up" ? { ...parsed.data, name: parsed.data.email } : parsed.data;
      const response = await fetch(`/api/auth/${mode}/email`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (response.ok) {
        // Every page cached in this tab was rendered for the guest: drop them, then show the account.
        router.refresh();
        router.replace("/account");
        return;
      }
      const code = ((await response.json().catch(() => ({}))) as { code?: string }).code ?? "";
      if (response.status === 429) {
        setFormError({ key: "rateLimited", seconds: Number(response.headers.get("x-retry-after") ?? response.headers.get("retry-after")) || 60 });
      } else if (mode === "sign-up" && code.startsWith("USER_ALREADY_EXISTS")) {
        setErrors({ email: "emailTaken" });
        form.current?.querySelector<HTMLInputElement>('[name="email"]')?.focus();
      } else if (mode === "sign-in" && response.status === 401) {
        setFormError({ key: "wrongCredentials" });
      } else {
        setFormError({ key: "failed" });
      }
    } catch {
      setFormError({ key: "network" });
    }
    setPending(false);
  }

  return (
    <div className="max-w-md rounded-2xl border border-border bg-surface p-6 sm:p-8">
      <form ref={form} noValidate onSubmit={onSubmit} className="grid gap-5" aria-describedby={formError ? `${id}-form-error` : undefined}>
        <TextField id={`${id}-email`} name="email" type="email" autoComplete="email" required label={t("fields.email")} error={errors.email ? message(errors.email) : undefined} />
        <TextField
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          required
          label={t("fields.password")}
          help={mode === "sign-up" ? t("fields.passwordHelp", { min: MIN_PASSWORD_LENGTH }) : undefined}
          error={errors.password ? message(errors.password) : undefined}
        />
        <div role="alert" id={`${id}-form-error`} data-testid="auth-error" className="text-sm text-danger empty:hidden">
          {formError ? (formError.key === "rateLimited" ? t("errors.rateLimited", { seconds: formError.seconds }) : t(`errors.${formError.key}`)) : null}
        </div>
        <button type="submit" disabled={pending} className={primaryButton} data-testid="auth-submit">
          {pending ? t(`${texts}.pending`) : t(`${texts}.submit`)}
        </button>
      </form>
      <p className="mt-6 text-sm text-muted">
        {mode === "sign-up" ? t("signUp.haveAccount") : t("signIn.noAccount")}{" "}
        <Link href={mode === "sign-up" ? "/sign-in" : "/sign-up"} className="font-medium text-accent underline-offset-4 hover:underline">
          {mode === "sign-up" ? t("signUp.signInLink") : t("signIn.signUpLink")}
        </Link>
      </p>
    </div>
  );
}
