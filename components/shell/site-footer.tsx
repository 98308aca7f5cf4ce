import { useTranslations } from "next-intl";
import { appVersion } from "@/lib/version";

export function SiteFooter() {
  const t = useTranslations("common.footer");
  return (
    <footer className="border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted sm:px-6">
        <p>{t("facts")}</p>
        <p>{t("exam")}</p>
        <p>{t("version", { version: appVersion })}</p>
      </div>
    </footer>
  );
}
