import "server-only";
import { db } from "@/lib/db/client";
import { createAuth, type Auth } from "./config";
import { isSecureRequest } from "./secure-request";

const globalForAuth = globalThis as unknown as { auth?: { secure?: Auth; plain?: Auth } };

/**
 * The Better Auth instance for this request's scheme: over HTTPS (directly or behind a proxy that
 * says so in X-Forwarded-Proto) its cookies are Secure and __Secure- prefixed, over plain HTTP (the
 * local server on 127.0.0.1) they cannot be.
 */
export function authFor(headers: Headers, url?: string): Auth {
  const secure = isSecureRequest(headers, url);
  const cache = (globalForAuth.auth ??= {});
  if (secure) return (cache.secure ??= createAuth({ client: db(), secure: true }));
  return (cache.plain ??= createAuth({ client: db(), secure: false }));
}

export interface SignedInUser {
  userId: string;
  email: string;
  sessionId: string;
}

/** The signed-in user of a request, or null (no session cookie, an expired or revoked session). */
export async function signedInUser(headers: Headers): Promise<SignedInUser | null> {
  const session = await authFor(headers).api.getSession({ headers });
  return session ? { userId: session.user.id, email: session.user.email, sessionId: session.session.id } : null;
}
