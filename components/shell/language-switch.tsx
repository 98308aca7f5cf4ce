"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/locales";

/** Links to the same page (path and query) in the other language. */
export function LanguageSwitch() {
  const t = useTranslations("common.language");
  const locale = useLocale() as Locale;
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locales.find((l) => l !== locale) ?? locale;
  const query = Object.fromEntries(search.entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      hrefLang={other}
      data-testid="language-switch"
      className="inline-flex h-10 items-center rounded-full border border-border px-3 text-sm font-medium text-fg transition-colors hover:bg-surface-2"
    >
      {/* The accessible name must contain the visible text, so the explanation is a hidden prefix. */}
      <span className="sr-only">{t("switchToLabel")}: </span>
      <span lang={other}>{t("switchTo")}</span>
    </Link>
  );
}
