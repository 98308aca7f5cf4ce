import { describe, expect, it } from "vitest";
import { effectiveReadingMode, modeLocales } from "./mode";

describe("effectiveReadingMode", () => {
  it("uses a stored mode whatever the URL's language", () => {
    expect(effectiveReadingMode("ko", "en")).toBe("ko");
    expect(effectiveReadingMode("en", "ko")).toBe("en");
    expect(effectiveReadingMode("both", "ko")).toBe("both");
  });

  it("falls back to the URL's language when nothing valid is stored", () => {
    for (const stored of [null, undefined, "", "auto", "EN"]) {
      expect(effectiveReadingMode(stored, "ko")).toBe("ko");
      expect(effectiveReadingMode(stored, "en")).toBe("en");
    }
  });
});

describe("modeLocales", () => {
  it("lists the content languages in column order, English first", () => {
    expect(modeLocales("both")).toEqual(["en", "ko"]);
    expect(modeLocales("ko")).toEqual(["ko"]);
  });
});
