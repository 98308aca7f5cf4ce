import type { Locale } from "@/lib/i18n/locales";
import type { CardDirection } from "@/lib/srs/settings";

/**
 * The languages shown on each side of a card. "en-ko": the question in English (as the exam asks
 * it) and the answer in Korean; "ko-en" the reverse; "both": each side in both, the interface
 * language first.
 */
export function sideLocales(direction: CardDirection, side: "front" | "back", uiLocale: Locale): Locale[] {
  switch (direction) {
    case "en-ko":
      return [side === "front" ? "en" : "ko"];
    case "ko-en":
      return [side === "front" ? "ko" : "en"];
    case "both":
      return uiLocale === "ko" ? ["ko", "en"] : ["en", "ko"];
  }
}
