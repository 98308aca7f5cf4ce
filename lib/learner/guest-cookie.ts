import { LEARNER_COOKIE, verifyLearnerCookie } from "./cookie";
import { sessionSecret } from "./secret";

/** The verified guest learner id in a raw Cookie header, or null (absent, tampered or foreign). */
export async function guestIdFromCookieHeader(cookieHeader: string | null, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== LEARNER_COOKIE) continue;
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
    return verifyLearnerCookie(value, sessionSecret(env));
  }
  return null;
}
