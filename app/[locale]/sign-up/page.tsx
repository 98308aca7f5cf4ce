import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthForm } from "@/components/account/auth-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-up">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("signUp.title") };
}

export default async function Page({ params }: PageProps<"/[locale]/sign-up">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("signUp.title")} description={t("signUp.description")} />
      <AuthForm mode="sign-up" />
    </>
  );
}
