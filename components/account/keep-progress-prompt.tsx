import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The gentle nudge a guest sees once they have real progress: an account keeps it on every device. */
export async function KeepProgressPrompt() {
  const t = await getTranslations("account.prompt");
  return (
    <aside aria-labelledby="keep-progress-heading" className="flex flex-col gap-4 rounded-2xl border border-accent/40 bg-accent-soft p-6 sm:flex-row sm:items-center sm:justify-between">
      <div className="max-w-2xl">
        <h2 id="keep-progress-heading" className="text-lg font-semibold tracking-tight">
          {t("heading")}
        </h2>
        <p className="mt-1 text-muted">{t("body")}</p>
      </div>
      <Link href="/sign-up" className="shrink-0 rounded-full bg-accent px-5 py-2 text-center text-sm font-medium text-accent-fg hover:opacity-90">
        {t("link")}
      </Link>
    </aside>
  );
}
