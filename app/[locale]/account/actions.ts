"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { AccountFormState } from "@/components/account/types";
import { changePassword, currentUser, deleteAccount, mergeBrowserGuest, signOut, signOutEverywhere } from "@/lib/auth/account";
import { changePasswordSchema, deleteAccountSchema, fieldErrors } from "@/lib/auth/forms";
import { locales } from "@/lib/i18n/locales";

const localeSchema = z.enum(locales);
const formText = (form: unknown, name: string) => (form instanceof FormData && typeof form.get(name) === "string" ? (form.get(name) as string) : undefined);
const localeOf = (form: unknown) => localeSchema.catch("en").parse(formText(form, "locale"));

/** Every action answers a typed state the form shows; a signed-out caller gets "signed-out", never an error page. */
export async function mergeGuestAction(_previous: AccountFormState, form: unknown): Promise<AccountFormState> {
  const { user } = await currentUser();
  if (!user) return { status: "signed-out" };
  if (!(form instanceof FormData)) return { status: "invalid", fields: {} };
  try {
    if (!(await mergeBrowserGuest(user))) return { status: "invalid", fields: {} };
  } catch (error) {
    console.error(error);
    return { status: "failed" };
  }
  return { status: "done" };
}

export async function changePasswordAction(_previous: AccountFormState, form: unknown): Promise<AccountFormState> {
  const { user, requestHeaders } = await currentUser();
  if (!user) return { status: "signed-out" };
  const parsed = changePasswordSchema.safeParse({ currentPassword: formText(form, "currentPassword"), newPassword: formText(form, "newPassword") });
  if (!parsed.success) return { status: "invalid", fields: fieldErrors(parsed.error) };
  const outcome = await changePassword(requestHeaders, parsed.data.currentPassword, parsed.data.newPassword);
  if (outcome === "wrong-password") return { status: "invalid", fields: { currentPassword: "wrongPassword" } };
  return outcome === "changed" ? { status: "done" } : { status: "failed" };
}

export async function deleteAccountAction(_previous: AccountFormState, form: unknown): Promise<AccountFormState> {
  const { user } = await currentUser();
  if (!user) return { status: "signed-out" };
  const parsed = deleteAccountSchema.safeParse({ confirmEmail: formText(form, "confirmEmail") });
  if (!parsed.success || parsed.data.confirmEmail !== user.email.toLowerCase()) return { status: "invalid", fields: { confirmEmail: "mismatch" } };
  await deleteAccount(user);
  redirect(`/${localeOf(form)}`);
  return { status: "done" };
}

export async function signOutAction(form: unknown): Promise<void> {
  const { user, requestHeaders } = await currentUser();
  if (user) await signOut(requestHeaders);
  redirect(`/${localeOf(form)}`);
}

export async function signOutEverywhereAction(form: unknown): Promise<void> {
  const { user, requestHeaders } = await currentUser();
  if (user) await signOutEverywhere(requestHeaders);
  redirect(`/${localeOf(form)}/sign-in`);
}
