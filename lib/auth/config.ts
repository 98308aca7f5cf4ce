import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "@/lib/db/client";
import { adoptGuestLearner } from "@/lib/learner/link";
import { guestIdFromCookieHeader } from "@/lib/learner/guest-cookie";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./limits";
import { authSecret } from "./secret";


/** Per client IP, counted in the database so that every app instance shares the counters. */
export const AUTH_RATE_LIMITS = {
  "/sign-in/*": { window: 60, max: 10 },
  "/sign-up/*": { window: 60, max: 5 },
  "/change-password": { window: 60, max: 5 },
} as const;

export interface AuthOptions {
  client: PrismaClient;
  /** HTTPS: cookies get Secure and the __Secure- prefix. */
  secure: boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * Better Auth for one scheme. Its cookie attributes are fixed per instance, so the server keeps one
 * instance for HTTPS and one for HTTP and picks per request (lib/auth/server.ts). Sessions live in
 * the database (no cookie cache), so revoking one takes effect on the next request. Passwords are
 * hashed with Better Auth's default, scrypt (N=16384, r=16, p=1: 32 MiB per hash, 64-byte key,
 * 16-byte random salt).
 */
export function createAuth({ client, secure, env = process.env }: AuthOptions) {
  return betterAuth({
    appName: "Concurrency Lab",
    secret: authSecret(env),
    // The host comes from the request (tests and `npm start` pick their own ports); the origin check
    // then trusts exactly that origin. BETTER_AUTH_URL pins it where a deployment knows its address.
    baseURL: env.BETTER_AUTH_URL?.trim() || { allowedHosts: ["*"], protocol: secure ? "https" : "http" },
    trustedOrigins: (request) => (request ? [originOf(request, secure)].filter((o): o is string => o !== null) : []),
    database: prismaAdapter(client, { provider: "sqlite" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24, cookieCache: { enabled: false } },
    rateLimit: { enabled: true, storage: "database", window: 60, max: 100, customRules: { ...AUTH_RATE_LIMITS } },
    advanced: {
      useSecureCookies: secure,
      // Better Auth skips the Origin check under NODE_ENV=test; this app wants it everywhere.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    databaseHooks: {
      user: {
        create: {
          // A guest who signs up keeps everything: the browser's guest learner becomes the account's.
          after: async (user, ctx) => {
            const headers = ctx?.headers ?? ctx?.request?.headers;
            const guestId = await guestIdFromCookieHeader(headers?.get("cookie") ?? null, env);
            if (guestId) await adoptGuestLearner(client, guestId, user.id);
          },
        },
      },
    },
    // Last, as Better Auth asks: lets server actions that call auth.api set cookies.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

function originOf(request: Request, secure: boolean): string | null {
  const host = request.headers.get("host") ?? safeHost(request.url);
  return host ? `${secure ? "https" : "http"}://${host}` : null;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
