import { getTranslations } from "next-intl/server";
import type { WeeklyRate } from "@/lib/progress/dashboard";
import { DashboardCard } from "./card";
import { WeeklyRateChart } from "./weekly-rate-chart";

export async function ChartCard({ kind, data }: { kind: "accuracy" | "retention"; data: WeeklyRate[] }) {
  const t = await getTranslations(`progress.charts.${kind}`);
  return (
    <DashboardCard id={`${kind}-heading`} title={t("heading")}>
      <p className="-mt-2 mb-4 text-sm text-muted">{t("hint")}</p>
      <WeeklyRateChart data={data} kind={kind} />
    </DashboardCard>
  );
}
