import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { LEARNER_COOKIE, learnerCookieOptions, newLearnerId, signLearnerId, verifyLearnerCookie } from "./lib/learner/cookie";

const intl = createMiddleware(routing);

/**
 * Locale negotiation (`/` and unprefixed paths redirect by Accept-Language, default en), and a
 * signed guest-learner cookie on the first visit so every later request knows its learner.
 */
export default async function proxy(request: NextRequest) {
  const response = intl(request);
  const secret = process.env.SESSION_SECRET;
  if (secret && !(await verifyLearnerCookie(request.cookies.get(LEARNER_COOKIE)?.value, secret))) {
    response.cookies.set(LEARNER_COOKIE, await signLearnerId(newLearnerId(), secret), learnerCookieOptions);
  }
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
