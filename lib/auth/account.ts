import "server-only";
import { cookies, headers } from "next/headers";
import { APIError } from "better-auth/api";
import { db } from "@/lib/db/client";
import { LEARNER_COOKIE, verifyLearnerCookie } from "@/lib/learner/cookie";
import { deleteAccountAndData } from "@/lib/learner/erase";
import { adoptGuestLearner } from "@/lib/learner/link";
import { mergeGuestInto } from "@/lib/learner/merge";
import { sessionSecret } from "@/lib/learner/secret";
import { authFor, signedInUser, type SignedInUser } from "./server";

/** The signed-in user of the current server action or page, with the request's headers. */
export async function currentUser(): Promise<{ user: SignedInUser | null; requestHeaders: Headers }> {
  const requestHeaders = await headers();
  return { user: await signedInUser(requestHeaders), requestHeaders };
}

/** The verified guest learner id of this browser, whether or not it has stored anything. */
export async function browserGuestId(): Promise<string | null> {
  return verifyLearnerCookie((await cookies()).get(LEARNER_COOKIE)?.value, sessionSecret());
}

/** Adds this browser's guest progress to the signed-in account; false when there is nothing to add. */
export async function mergeBrowserGuest(user: SignedInUser): Promise<boolean> {
  const guestId = await browserGuestId();
  if (!guestId) return false;
  const guest = await db().learner.findUnique({ where: { id: guestId }, select: { userId: true } });
  if (!guest || guest.userId !== null) return false;
  if (await adoptGuestLearner(db(), guestId, user.userId)) return true;
  const account = await db().learner.findUniqueOrThrow({ where: { userId: user.userId }, select: { id: true } });
  await mergeGuestInto(db(), guestId, account.id);
  return true;
}

export type ChangePasswordOutcome = "changed" | "wrong-password" | "failed";

/** Changes the password and signs out every other session of the account. */
export async function changePassword(requestHeaders: Headers, currentPassword: string, newPassword: string): Promise<ChangePasswordOutcome> {
  try {
    await authFor(requestHeaders).api.changePassword({ headers: requestHeaders, body: { currentPassword, newPassword, revokeOtherSessions: true } });
    return "changed";
  } catch (error) {
    if (error instanceof APIError && (error.body?.code === "INVALID_PASSWORD" || error.status === "BAD_REQUEST")) return "wrong-password";
    if (error instanceof APIError) return "failed";
    throw error;
  }
}

export async function signOut(requestHeaders: Headers): Promise<void> {
  await authFor(requestHeaders).api.signOut({ headers: requestHeaders });
}

/** Revokes every session of the account (this one included). */
export async function signOutEverywhere(requestHeaders: Headers): Promise<void> {
  await authFor(requestHeaders).api.revokeSessions({ headers: requestHeaders });
  await clearAuthCookies();
}

/** Deletes the account and every row of its learner, then forgets the session cookies. */
export async function deleteAccount(user: SignedInUser): Promise<void> {
  await deleteAccountAndData(db(), user.userId);
  await clearAuthCookies();
}

async function clearAuthCookies(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    // A __Secure- cookie can only be replaced by a Secure one.
    if (/^(__Secure-)?better-auth\./.test(cookie.name)) jar.set(cookie.name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: cookie.name.startsWith("__Secure-") });
  }
}
