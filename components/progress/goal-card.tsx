import { getFormatter, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/progress/dashboard";
import { DashboardCard } from "./card";

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** Today's EXP against the daily goal, as a ring. */
export async function GoalCard({ dailyGoal }: Pick<Dashboard, "dailyGoal">) {
  const t = await getTranslations("progress.goal");
  const format = await getFormatter();
  const share = Math.min(1, dailyGoal.today / dailyGoal.goal);
  const done = dailyGoal.today >= dailyGoal.goal;
  const values = { today: format.number(dailyGoal.today), goal: format.number(dailyGoal.goal) };
  return (
    <DashboardCard id="goal-heading" title={t("heading")}>
      <div className="flex items-center gap-5">
        <svg viewBox="0 0 100 100" className="size-24 shrink-0 -rotate-90" role="img" aria-label={t("ringLabel", values)}>
          <circle cx="50" cy="50" r={RADIUS} fill="none" stroke="var(--color-surface-2)" strokeWidth="10" />
          <circle
            cx="50"
            cy="50"
            r={RADIUS}
            fill="none"
            stroke={done ? "var(--color-success)" : "var(--color-accent)"}
            strokeWidth="10"
            strokeLinecap={share > 0 ? "round" : "butt"}
            strokeDasharray={`${share * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
          />
        </svg>
        <div>
          <p className="text-2xl font-semibold tracking-tight">{t("progress", values)}</p>
          <p className={`mt-1 text-sm ${done ? "font-medium text-success" : "text-muted"}`}>
            {done ? t("done") : t("left", { left: format.number(dailyGoal.goal - dailyGoal.today) })}
          </p>
        </div>
      </div>
    </DashboardCard>
  );
}
