import { describe, expect, it } from "vitest";
import { isSecureRequest } from "./secure-request";

describe("isSecureRequest", () => {
  it("follows the first X-Forwarded-Proto hop, whatever the URL says", () => {
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https" }), "http://127.0.0.1:3000/")).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "HTTPS, http" }))).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "http" }), "https://example.test/")).toBe(false);
  });

  it("falls back to the URL's scheme, and to plain HTTP without one", () => {
    expect(isSecureRequest(new Headers(), "https://example.test/")).toBe(true);
    expect(isSecureRequest(new Headers(), "http://127.0.0.1:3000/")).toBe(false);
    expect(isSecureRequest(new Headers(), "not a url")).toBe(false);
    expect(isSecureRequest(new Headers())).toBe(false);
  });
});
