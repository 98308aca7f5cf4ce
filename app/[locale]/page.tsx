import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { sections } from "@/components/shell/sections";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const nav = await getTranslations("common.nav");
  return (
    <div className="space-y-16">
      <section className="max-w-3xl pt-4 sm:pt-10">
        <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
        <p className="mt-5 text-lg text-muted text-pretty sm:text-xl">{t("lead")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/learn" className="rounded-full bg-accent px-5 py-3 font-medium text-accent-fg shadow-sm transition hover:opacity-90">
            {t("start")}
          </Link>
          <Link href="/simulator" className="rounded-full border border-border bg-surface px-5 py-3 font-medium transition hover:bg-surface-2">
            {t("explore")}
          </Link>
        </div>
      </section>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map(({ key, href }) => (
          <li key={key}>
            <Link href={href} className="block h-full rounded-2xl border border-border bg-surface p-6 transition hover:border-accent hover:shadow-sm">
              <h2 className="text-lg font-semibold">{nav(key)}</h2>
              <p className="mt-2 text-muted">{t(`sections.${key}`)}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
