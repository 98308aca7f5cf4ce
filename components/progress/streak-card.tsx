import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/progress/dashboard";
import { BadgeIcon } from "./badge-icon";
import { DashboardCard } from "./card";

function Snowflake({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={`size-5 ${filled ? "text-accent" : "text-border"}`} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
      <path d="M12 2v20M3.3 7l17.4 10M3.3 17L20.7 7M9 4l3 2 3-2M9 20l3-2 3 2" />
    </svg>
  );
}

export async function StreakCard({ streak, timeZone }: Pick<Dashboard, "streak" | "timeZone">) {
  const t = await getTranslations("progress.streak");
  return (
    <DashboardCard id="streak-heading" title={t("heading")}>
      <div className="flex items-center gap-3">
        <BadgeIcon icon="flame" earned={streak.days > 0} />
        <p className="text-3xl font-semibold tracking-tight">{streak.days > 0 ? t("days", { days: streak.days }) : t("none")}</p>
      </div>
      <p className="mt-3 text-sm text-muted">{t("hint")}</p>
      <div className="mt-4 flex items-center gap-2">
        <span className="flex gap-1">
          {Array.from({ length: streak.maxFreezes }, (_, i) => (
            <Snowflake key={i} filled={i < streak.freezes} />
          ))}
        </span>
        <p className="text-sm font-medium">{t("freezes", { freezes: streak.freezes, max: streak.maxFreezes })}</p>
      </div>
      <p className="mt-2 text-sm text-muted">{t("freezeHint")}</p>
      <p className="mt-2 text-xs text-muted">{t("timeZone", { zone: timeZone })}</p>
    </DashboardCard>
  );
}
