import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthForm } from "@/components/account/auth-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("signIn.title") };
}

export default async function Page({ params }: PageProps<"/[locale]/sign-in">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("signIn.title")} description={t("signIn.description")} />
      <AuthForm mode="sign-in" />
    </>
  );
}
