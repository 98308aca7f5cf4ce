import "server-only";
import { cookies, headers } from "next/headers";
import { isSecureRequest } from "@/lib/auth/secure-request";
import { signedInUser } from "@/lib/auth/server";
import { db } from "@/lib/db/client";
import { LEARNER_COOKIE, learnerCookieOptionsFor, newLearnerId, signLearnerId, verifyLearnerCookie } from "./cookie";
import { resolveLearner, ensureWritableLearner } from "./identity";
import { sessionSecret } from "./secret";

async function requestIdentity() {
  const requestHeaders = await headers();
  const user = await signedInUser(requestHeaders);
  const guestId = await verifyLearnerCookie((await cookies()).get(LEARNER_COOKIE)?.value, sessionSecret());
  return { requestHeaders, userId: user?.userId ?? null, guestId };
}

/**
 * The learner of this request for reading: the signed-in account's learner, else the browser's
 * guest learner. Never writes: null while the learner has stored nothing yet.
 */
export async function currentLearnerId(): Promise<string | null> {
  const { userId, guestId } = await requestIdentity();
  return resolveLearner(db(), { userId, guestId });
}

/**
 * The learner for writing (server actions, route handlers): creates the row on the first write
 * (and a guest cookie when the browser has none usable), so a first action never loses its
 * progress. Call it only after the request is validated: a refused request must store nothing.
 */
export async function requireLearnerId(): Promise<string> {
  const { requestHeaders, userId, guestId } = await requestIdentity();
  const { learnerId, newGuestId } = await ensureWritableLearner(db(), { userId, guestId }, newLearnerId);
  if (newGuestId) {
    (await cookies()).set(LEARNER_COOKIE, await signLearnerId(newGuestId, sessionSecret()), learnerCookieOptionsFor(isSecureRequest(requestHeaders)));
  }
  return learnerId;
}
