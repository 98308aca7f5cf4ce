/**
 * The learner id travels in a signed cookie: HMAC-SHA256 over the id, with Web Crypto so the same
 * code runs in the proxy and in server code. A tampered or foreign id is simply not recognised.
 */
export const LEARNER_COOKIE = "cl_learner";
export const LEARNER_COOKIE_MAX_AGE = 60 * 60 * 24 * 400; // browsers cap cookie lifetime at 400 days

const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer): string {
  let s = "";
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function hmac(secret: string, value: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return base64url(await crypto.subtle.sign("HMAC", key, encoder.encode(value)));
}

export async function signLearnerId(id: string, secret: string): Promise<string> {
  return `${id}.${await hmac(secret, id)}`;
}

export async function verifyLearnerCookie(value: string | undefined, secret: string): Promise<string | null> {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const id = value.slice(0, dot);
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(id)) return null;
  const expected = await hmac(secret, id);
  const given = value.slice(dot + 1);
  if (expected.length !== given.length) return null;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i);
  return diff === 0 ? id : null;
}

export function newLearnerId(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

/** The guest cookie's attributes; Secure whenever this request came over HTTPS (see lib/auth/secure-request). */
export function learnerCookieOptionsFor(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: LEARNER_COOKIE_MAX_AGE, secure: secure || process.env.COOKIE_SECURE === "1" };
}

/** For callers without the request at hand: Secure only when COOKIE_SECURE=1. */
export const learnerCookieOptions = learnerCookieOptionsFor(false);
