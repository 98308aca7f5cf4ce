"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { WeeklyRate } from "@/lib/progress/dashboard";

const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * A weekly share (quiz accuracy or card retention) as bars, in the theme's colours via CSS variables.
 * The same numbers are in a visually hidden table, which is what a screen reader reads.
 */
export function WeeklyRateChart({ data, kind }: { data: WeeklyRate[]; kind: "accuracy" | "retention" }) {
  const t = useTranslations("progress.charts");
  const format = useFormatter();
  const color = kind === "accuracy" ? "var(--color-accent)" : "var(--color-success)";
  const week = (day: string) => format.dateTime(asDate(day), { month: "short", day: "numeric", timeZone: "UTC" });
  const rows = data.map((d) => ({ ...d, label: week(d.week), rate: Math.round((d.hits / d.total) * 100) }));
  const name = t(`${kind}.series`);

  if (rows.length === 0) return <p className="rounded-xl bg-surface-2 p-4 text-sm text-muted">{t(`${kind}.empty`)}</p>;
  return (
    <figure>
      <div aria-hidden="true" className="h-52 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--color-border)" />
            <XAxis dataKey="label" tick={{ fill: "var(--color-muted)", fontSize: 12 }} tickLine={false} axisLine={{ stroke: "var(--color-border)" }} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fill: "var(--color-muted)", fontSize: 12 }} tickLine={false} axisLine={false} />
            <Tooltip
              cursor={{ fill: "var(--color-surface-2)" }}
              contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-border)", borderRadius: 12, color: "var(--color-fg)" }}
              labelStyle={{ color: "var(--color-fg)" }}
              formatter={(_value, _name, item) => {
                const row = item.payload as (typeof rows)[number];
                return [t("rate", { rate: row.rate, hits: row.hits, total: row.total }), name];
              }}
            />
            <Bar dataKey="rate" name={name} fill={color} radius={[6, 6, 0, 0]} maxBarSize={36} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{t("tableCaption", { name: t(`${kind}.heading`) })}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.week}>
              <th scope="row">{t("week", { date: r.label })}</th>
              <td>{t("rate", { rate: r.rate, hits: r.hits, total: r.total })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
