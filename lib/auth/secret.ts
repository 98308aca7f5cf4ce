import { createHmac } from "node:crypto";
import { sessionSecret } from "@/lib/learner/secret";

/**
 * Better Auth's signing secret: BETTER_AUTH_SECRET when set, otherwise derived from SESSION_SECRET
 * (which the start scripts read from the environment or from data/session-secret), so the secret
 * survives restarts and is the same on every instance. Derived, not reused: the guest cookie's key
 * and the session cookie's key stay distinct.
 */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const own = env.BETTER_AUTH_SECRET?.trim();
  if (own) {
    if (own.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters");
    return own;
  }
  return createHmac("sha256", sessionSecret(env)).update("concurrency-lab/better-auth").digest("base64url");
}
