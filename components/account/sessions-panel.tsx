import { getLocale, getTranslations } from "next-intl/server";
import { primaryButton, secondaryButton } from "./buttons";
import { AccountSection } from "./section";

type FormAction = (form: FormData) => Promise<void>;

/** Sign out here, or revoke every session of the account (plain forms: they work before hydration). */
export async function SessionsPanel({ signOut, signOutEverywhere }: { signOut: FormAction; signOutEverywhere: FormAction }) {
  const t = await getTranslations("account.account.sessions");
  const locale = await getLocale();
  return (
    <AccountSection id="sessions-heading" title={t("heading")} body={t("body")}>
      <div className="mt-5 flex flex-wrap gap-3">
        <form action={signOut}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className={primaryButton} data-testid="sign-out">
            {t("signOut")}
          </button>
        </form>
        <form action={signOutEverywhere}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className={secondaryButton} data-testid="sign-out-everywhere">
            {t("signOutEverywhere")}
          </button>
        </form>
      </div>
    </AccountSection>
  );
}
