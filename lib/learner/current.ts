import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { LEARNER_COOKIE, learnerCookieOptions, newLearnerId, signLearnerId, verifyLearnerCookie } from "./cookie";
import { sessionSecret } from "./secret";
import { ensureLearnerRow } from "./store";

async function learnerIdFromCookie(): Promise<string | null> {
  const jar = await cookies();
  return verifyLearnerCookie(jar.get(LEARNER_COOKIE)?.value, sessionSecret());
}

/**
 * The learner of this request for reading (server components): the guest row is created on first
 * use. Null only when the browser has no valid cookie yet (the proxy issues one on the first visit).
 */
export async function currentLearnerId(): Promise<string | null> {
  const id = await learnerIdFromCookie();
  if (!id) return null;
  await ensureLearnerRow(db(), id);
  return id;
}

/**
 * The learner for writing (server actions, route handlers): creates a guest learner and sets the
 * cookie when the request has none, so a first action never loses its progress.
 */
export async function requireLearnerId(): Promise<string> {
  const existing = await learnerIdFromCookie();
  const id = existing ?? newLearnerId();
  await ensureLearnerRow(db(), id);
  if (!existing) {
    const jar = await cookies();
    jar.set(LEARNER_COOKIE, await signLearnerId(id, sessionSecret()), learnerCookieOptions);
  }
  return id;
}
