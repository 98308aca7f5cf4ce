import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-accent underline underline-offset-4">
        {t("home")}
      </Link>
    </div>
  );
}
