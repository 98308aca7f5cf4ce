/**
 * Scenarios in links: `/simulator?scenario=<base64url of the scenario JSON>`, so a quiz answer, a
 * lesson or a learner can share exactly what they simulated. Decoding reports what went wrong
 * (too long, not base64url, not JSON), never throws; the simulator's validation comes after
 * (scenario-link.ts), so this module stays light enough for any client bundle.
 */

/** Longer parameters are refused before decoding: browsers and servers cut URLs near this size. */
export const MAX_SCENARIO_PARAM_LENGTH = 16_000;

export type ParsedScenarioParam = { ok: true; json: unknown } | { ok: false; reason: "too-long" | "not-base64" | "not-json" };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The URL parameter for a scenario (any JSON value: what the learner wrote, not the defaults). */
export function encodeScenarioParam(scenario: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(scenario)));
}

export function parseScenarioParam(param: string): ParsedScenarioParam {
  if (param.length > MAX_SCENARIO_PARAM_LENGTH) return { ok: false, reason: "too-long" };
  const bytes = fromBase64Url(param.trim());
  if (bytes === null) return { ok: false, reason: "not-base64" };
  try {
    return { ok: true, json: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, reason: "not-json" };
  }
}

/** Where the simulator page opens a scenario (a pathname and query for the locale-aware Link). */
export function simulatorHref(scenario: unknown) {
  return { pathname: "/simulator" as const, query: { scenario: encodeScenarioParam(scenario) } };
}
