import { getTranslations } from "next-intl/server";
import type { Rewards } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";

/** What completing the lesson earns, in the interface language. */
export async function LessonRewards({ rewards, locale, compact = false }: { rewards: Rewards; locale: Locale; compact?: boolean }) {
  const t = await getTranslations("learn.rewards");
  const items = [
    t("exp", { exp: rewards.exp }),
    t("perfectBonus", { points: rewards.perfectBonus }),
    t("title", { title: rewards.title[locale] }),
  ];
  if (compact)
    return (
      <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("heading")}>
        {items.map((item) => (
          <li key={item} className="rounded-lg bg-surface-2 px-2.5 py-1 text-muted">
            {item}
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="rewards-heading" className="rounded-2xl border border-border bg-surface p-6 sm:p-8">
      <h2 id="rewards-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 text-muted">{t("how")}</p>
      <ul className="mt-4 space-y-2">
        {items.map((item) => (
          <li key={item} className="flex gap-3">
            <span aria-hidden="true" className="mt-2.5 size-1.5 shrink-0 rounded-full bg-success" />
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
}
