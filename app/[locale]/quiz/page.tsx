import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SectionPlaceholder } from "@/components/shell/section-placeholder";

export async function generateMetadata({ params }: PageProps<"/[locale]/quiz">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "quiz" });
  return { title: t("title") };
}

export default async function Page({ params }: PageProps<"/[locale]/quiz">) {
  setRequestLocale((await params).locale);
  return <SectionPlaceholder section="quiz" />;
}
