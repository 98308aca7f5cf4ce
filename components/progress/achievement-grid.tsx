import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { Earnable } from "@/lib/progress/dashboard";
import { BadgeIcon } from "./badge-icon";
import { DashboardCard } from "./card";

/** Badges or titles, earned ones first, locked ones dimmed with what unlocks them. */
export async function AchievementGrid({ kind, items, locale }: { kind: "badges" | "titles"; items: Earnable[]; locale: Locale }) {
  const t = await getTranslations("progress");
  const format = await getFormatter();
  const earned = items.filter((i) => i.earnedAt);
  const sorted = [...earned, ...items.filter((i) => !i.earnedAt)];
  return (
    <DashboardCard id={`${kind}-heading`} title={t(`${kind}.heading`)} aside={t(`${kind}.summary`, { earned: earned.length, total: items.length })}>
      {kind === "titles" ? <p className="-mt-2 mb-4 text-sm text-muted">{t("titles.hint")}</p> : null}
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        {sorted.map((item) => (
          <li
            key={item.id}
            className={`flex flex-col items-start gap-2 rounded-xl border p-3 sm:flex-row sm:gap-3 ${item.earnedAt ? "border-accent/30 bg-accent-soft/40" : "border-border border-dashed"}`}
          >
            <BadgeIcon icon={item.icon} earned={item.earnedAt !== null} />
            <div className="min-w-0">
              <p className={`font-medium ${item.earnedAt ? "" : "text-muted"}`}>{item.name[locale]}</p>
              <p className="text-sm text-muted">{item.description[locale]}</p>
              <p className={`mt-1 text-xs font-medium ${item.earnedAt ? "text-success" : "text-muted"}`}>
                {item.earnedAt ? t("badges.earned", { date: format.dateTime(item.earnedAt, { dateStyle: "medium" }) }) : t("badges.locked")}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}
