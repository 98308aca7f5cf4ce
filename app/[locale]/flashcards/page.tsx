import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SectionPlaceholder } from "@/components/shell/section-placeholder";

export async function generateMetadata({ params }: PageProps<"/[locale]/flashcards">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "flashcards" });
  return { title: t("title") };
}

export default async function Page({ params }: PageProps<"/[locale]/flashcards">) {
  setRequestLocale((await params).locale);
  return <SectionPlaceholder section="flashcards" />;
}
