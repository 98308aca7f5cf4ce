import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./limits";

/** Field errors are message keys of the "account.errors" namespace, so forms show them in either language. */
export type FieldError = "emailInvalid" | "passwordTooShort" | "passwordTooLong" | "passwordRequired";

const email = z.string().trim().toLowerCase().max(254, "emailInvalid").pipe(z.email("emailInvalid"));
const newPassword = z.string().min(MIN_PASSWORD_LENGTH, "passwordTooShort").max(MAX_PASSWORD_LENGTH, "passwordTooLong");
const anyPassword = z.string().min(1, "passwordRequired").max(MAX_PASSWORD_LENGTH, "passwordTooLong");

export const signUpSchema = z.strictObject({ email, password: newPassword });
export const signInSchema = z.strictObject({ email, password: anyPassword });
export const changePasswordSchema = z.strictObject({ currentPassword: anyPassword, newPassword });
export const deleteAccountSchema = z.strictObject({ confirmEmail: z.string().trim().toLowerCase().max(254) });

/** The first error of each field, as message keys. */
export function fieldErrors(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message as FieldError;
  }
  return out;
}
