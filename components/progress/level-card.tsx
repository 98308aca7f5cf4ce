import { getFormatter, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/progress/dashboard";
import { DashboardCard } from "./card";

export async function LevelCard({ level, totalExp, totalPoints }: Pick<Dashboard, "level" | "totalExp" | "totalPoints">) {
  const t = await getTranslations("progress.level");
  const format = await getFormatter();
  const next = level.level + 1;
  const percent = Math.round((level.current / level.needed) * 100);
  return (
    <DashboardCard id="level-heading" title={t("heading")}>
      <p className="text-4xl font-semibold tracking-tight text-accent">{t("label", { level: level.level })}</p>
      <div
        role="progressbar"
        aria-label={t("barLabel", { next })}
        aria-valuemin={0}
        aria-valuemax={level.needed}
        aria-valuenow={level.current}
        aria-valuetext={t("toNext", { current: format.number(level.current), needed: format.number(level.needed), next })}
        className="mt-4 h-3 overflow-hidden rounded-full bg-surface-2"
      >
        <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-2 text-sm text-muted">{t("toNext", { current: format.number(level.current), needed: format.number(level.needed), next })}</p>
      <p className="mt-4 text-sm">
        {t("total", { exp: format.number(totalExp) })}
        {totalPoints > 0 ? <span className="text-muted"> · {t("points", { points: format.number(totalPoints) })}</span> : null}
      </p>
    </DashboardCard>
  );
}
