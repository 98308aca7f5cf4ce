import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteForm } from "@/components/account/delete-form";
import { MergePanel } from "@/components/account/merge-panel";
import { PasswordForm } from "@/components/account/password-form";
import { SessionsPanel } from "@/components/account/sessions-panel";
import { AccountSection } from "@/components/account/section";
import { secondaryButton } from "@/components/account/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { redirect } from "@/i18n/navigation";
import { browserGuestId, currentUser } from "@/lib/auth/account";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { guestProgress } from "@/lib/learner/guest-progress";
import { changePasswordAction, deleteAccountAction, mergeGuestAction, signOutAction, signOutEverywhereAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/account">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("account.title") };
}

export default async function Page({ params }: PageProps<"/[locale]/account">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { user } = await currentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  const t = await getTranslations("account.account");
  const guestId = await browserGuestId();
  const guest = guestId ? await guestProgress(db(), guestId) : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("signedInAs", { email: user.email })} />
      <div className="grid gap-6">
        <MergePanel progress={guest} action={mergeGuestAction} />
        <AccountSection id="export-heading" title={t("export.heading")} body={t("export.body")}>
          <a href="/api/progress/export" download className={`mt-5 inline-flex items-center ${secondaryButton}`}>
            {t("export.download")}
          </a>
        </AccountSection>
        <PasswordForm action={changePasswordAction} />
        <SessionsPanel signOut={signOutAction} signOutEverywhere={signOutEverywhereAction} />
        <DeleteForm email={user.email} action={deleteAccountAction} />
      </div>
    </>
  );
}
