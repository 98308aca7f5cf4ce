import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getGlossarySorted, getTerm } from "@/lib/content/glossary";
import { inlinePlainText } from "@/lib/content/resolve";
import { PageHeader } from "@/components/ui/page-header";
import { TooltipEscape } from "@/components/content/tooltip-escape";
import { GlossaryList } from "@/components/lesson/glossary-list";

export async function generateMetadata({ params }: PageProps<"/[locale]/learn/glossary">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "learn.glossary" });
  return { title: t("title") };
}

export default async function GlossaryPage({ params }: PageProps<"/[locale]/learn/glossary">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("learn");
  const entries = getGlossarySorted(locale);
  const termOf = (id: string) => {
    const entry = getTerm(id);
    return entry ? inlinePlainText(entry.term[locale], locale) : id;
  };
  return (
    <>
      <Link href="/learn" className="text-sm font-medium text-accent hover:underline">
        <span aria-hidden="true">← </span>
        {t("lesson.allLessons")}
      </Link>
      <div className="mt-4">
        <PageHeader title={t("glossary.title")} description={t("glossary.description", { count: entries.length })} />
      </div>
      <GlossaryList entries={entries} locale={locale} termOf={termOf} />
      <TooltipEscape />
    </>
  );
}
