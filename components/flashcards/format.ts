import { intervalLabel } from "@/lib/srs/intervals";
import type { Locale } from "@/lib/i18n/locales";

/** "in 10 minutes", "tomorrow", "10분 후": when something happens, relative to now. */
export function formatDueIn(ms: number, locale: Locale): string {
  const { unit, value } = intervalLabel(ms);
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(value, unit);
}
