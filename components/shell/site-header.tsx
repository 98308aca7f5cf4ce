import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <path d="M9 23 15 9h3l-6 14Zm7 0 6-14h1.5L17.5 23Z" className="fill-accent-fg" />
    </svg>
  );
}

export function SiteHeader() {
  const t = useTranslations("common");
  const account = useTranslations("account");
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-bg/90 backdrop-blur supports-[backdrop-filter]:bg-bg/75">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md py-1 font-semibold tracking-tight">
          <Logo />
          <span>{t("appName")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="order-last -mx-4 w-[calc(100%+2rem)] px-3 md:order-none md:mx-0 md:w-auto md:flex-1 md:px-0">
          <NavLinks />
        </nav>
        <div className="ml-auto flex items-center gap-2 md:ml-0">
          <Link href="/account" className="rounded-full px-3 py-2 text-sm font-medium text-muted transition-colors hover:bg-surface-2 hover:text-fg" data-testid="account-link">
            {account("headerLink")}
          </Link>
          <Suspense>
            <LanguageSwitch />
          </Suspense>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
