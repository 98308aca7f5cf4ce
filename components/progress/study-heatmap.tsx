import { getFormatter, getTranslations } from "next-intl/server";
import type { HeatmapDay } from "@/lib/progress/dashboard";
import { DashboardCard } from "./card";

const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Shade by EXP relative to the daily goal, so "a full day" looks the same whatever the goal is. */
function shade(day: HeatmapDay, goal: number): string {
  if (day.future) return "bg-transparent";
  if (day.frozen) return "bg-surface-2 ring-1 ring-inset ring-accent";
  if (day.exp <= 0) return "bg-surface-2";
  if (day.exp < goal / 2) return "bg-accent/25";
  if (day.exp < goal) return "bg-accent/50";
  if (day.exp < goal * 2) return "bg-accent/75";
  return "bg-accent";
}

const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * A calendar of study days: one column per week, one row per weekday. It is a real table (weekday row
 * headers, week column headers, a text per cell) so a screen reader can walk it like a calendar.
 */
export async function StudyHeatmap({ weeks, goal }: { weeks: HeatmapDay[][]; goal: number }) {
  const t = await getTranslations("progress.heatmap");
  const format = await getFormatter();
  const date = (day: string) => format.dateTime(asDate(day), { month: "short", day: "numeric", timeZone: "UTC" });
  const cellText = (d: HeatmapDay) =>
    d.frozen ? t("frozen", { date: date(d.day) }) : d.exp > 0 ? t("day", { date: date(d.day), exp: d.exp }) : t("none", { date: date(d.day) });
  return (
    <DashboardCard id="heatmap-heading" title={t("heading")}>
      <div className="overflow-x-auto pb-1">
        <table className="border-separate border-spacing-[2px] sm:border-spacing-[3px] lg:border-spacing-1">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <td />
              {weeks.map((week, w) => {
                const first = week[0]!.day;
                const month = (i: number) => weeks[i]?.[0]?.day.slice(5, 7);
                // The first column only names its month when that month goes on long enough for the label to fit.
                const newMonth = w === 0 ? month(0) === month(2) : month(w) !== month(w - 1);
                return (
                  <th key={first} scope="col" className="h-4 p-0 text-left align-bottom text-[10px] font-normal whitespace-nowrap text-muted">
                    <span className="sr-only">{t("weekOf", { date: date(first) })}</span>
                    <span aria-hidden="true" className="relative">
                      {newMonth ? <span className="absolute bottom-0 left-0">{format.dateTime(asDate(first), { month: "short", timeZone: "UTC" })}</span> : null}
                    </span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {weekdays.map((name, d) => (
              <tr key={name}>
                <th scope="row" className="pr-1 text-right text-[10px] leading-none font-normal text-muted">
                  <span className={d % 2 === 0 ? "" : "sr-only"}>{t(`weekdays.${name}`)}</span>
                </th>
                {weeks.map((week) => {
                  const day = week[d]!;
                  return (
                    <td key={day.day} className="p-0">
                      <span className={`block size-2 rounded-[2px] sm:size-3 sm:rounded-[3px] lg:size-4 ${shade(day, goal)}`} />
                      {day.future ? null : <span className="sr-only">{cellText(day)}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-muted" aria-hidden="true">
        <span className="flex items-center gap-1">
          {t("less")}
          {["bg-surface-2", "bg-accent/25", "bg-accent/50", "bg-accent/75", "bg-accent"].map((c) => (
            <span key={c} className={`size-3 rounded-[3px] ${c}`} />
          ))}
          {t("more")}
        </span>
        <span className="flex items-center gap-1">
          <span className="size-3 rounded-[3px] bg-surface-2 ring-1 ring-inset ring-accent" />
          {t("frozenLegend")}
        </span>
      </div>
    </DashboardCard>
  );
}
