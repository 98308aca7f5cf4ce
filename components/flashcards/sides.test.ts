import { describe, expect, it } from "vitest";
import { sideLocales } from "./sides";

describe("sideLocales", () => {
  it("asks in one language and answers in the other", () => {
    expect([sideLocales("en-ko", "front", "ko"), sideLocales("en-ko", "back", "ko")]).toEqual([["en"], ["ko"]]);
    expect([sideLocales("ko-en", "front", "en"), sideLocales("ko-en", "back", "en")]).toEqual([["ko"], ["en"]]);
  });

  it("shows both languages on both sides, the interface language first", () => {
    expect(sideLocales("both", "front", "ko")).toEqual(["ko", "en"]);
    expect(sideLocales("both", "back", "en")).toEqual(["en", "ko"]);
  });
});
