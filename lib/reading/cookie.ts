/**
 * The reading mode mirrored into a cookie the browser can read, so a statically rendered lesson
 * page shows the learner's language(s) before first paint (the database stays the record).
 */
export const READING_MODE_COOKIE = "cl_reading_mode";

/** 400 days, the longest lifetime browsers keep a cookie. */
export const READING_MODE_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

export const readingModeCookieOptions = {
  httpOnly: false,
  sameSite: "lax",
  path: "/",
  maxAge: READING_MODE_COOKIE_MAX_AGE,
} as const;
