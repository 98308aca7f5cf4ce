"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { sections } from "./sections";

export function NavLinks() {
  const t = useTranslations("common.nav");
  const pathname = usePathname();
  return (
    <ul className="flex gap-1 overflow-x-auto [scrollbar-width:none] md:overflow-visible">
      {sections.map(({ key, href }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={key} className="shrink-0">
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className="block rounded-full px-3 py-2 text-sm font-medium text-muted transition-colors hover:bg-surface-2 hover:text-fg aria-[current=page]:bg-accent-soft aria-[current=page]:text-accent"
            >
              {t(key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
