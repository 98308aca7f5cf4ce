import { READING_MODE_COOKIE, readingModeCookieOptions } from "@/lib/reading/cookie";

/**
 * The reading mode in the browser: the `data-reading-mode` attribute of the lesson's <article>
 * (what CSS shows), mirrored in a cookie for the next page load. The server action stores it for
 * the learner and sets the same cookie.
 */
export type ClientReadingMode = "en" | "ko" | "both";

const modePattern = /^(en|ko|both)$/;

function article(): HTMLElement | null {
  return document.querySelector<HTMLElement>("article[data-reading-mode]");
}

export function readShownMode(): ClientReadingMode | null {
  const value = article()?.dataset.readingMode;
  return value && modePattern.test(value) ? (value as ClientReadingMode) : null;
}

export function readModeCookie(): ClientReadingMode | null {
  const match = new RegExp(`(?:^|;\\s*)${READING_MODE_COOKIE}=([^;]*)`).exec(document.cookie);
  return match && modePattern.test(match[1]!) ? (match[1] as ClientReadingMode) : null;
}

export function writeModeCookie(mode: ClientReadingMode) {
  document.cookie = `${READING_MODE_COOKIE}=${mode}; Path=${readingModeCookieOptions.path}; Max-Age=${readingModeCookieOptions.maxAge}; SameSite=Lax`;
}

/** Shows the mode at once (CSS follows the attribute). */
export function showMode(mode: ClientReadingMode) {
  const element = article();
  if (element) element.dataset.readingMode = mode;
}

export function subscribeShownMode(onChange: () => void) {
  const element = article();
  if (!element) return () => {};
  const observer = new MutationObserver(onChange);
  observer.observe(element, { attributes: true, attributeFilter: ["data-reading-mode"] });
  return () => observer.disconnect();
}
