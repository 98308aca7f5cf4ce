/**
 * Whether the browser reached us over HTTPS: the request URL's scheme, or the first hop a proxy
 * reports in X-Forwarded-Proto (TLS usually ends at the proxy, so the app itself sees plain HTTP).
 * Trusting the header is safe here: it can only make cookies stricter, never expose them.
 */
export function isSecureRequest(headers: Headers, url?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  if (url) {
    try {
      return new URL(url).protocol === "https:";
    } catch {
      return false;
    }
  }
  return false;
}
