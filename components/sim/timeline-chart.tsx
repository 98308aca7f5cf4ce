"use client";

import { useId, useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Area, Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import {
  chartRows,
  functionKey,
  provisionedKey,
  summarizeChart,
  timeTicks,
  type TimelineChartData,
} from "@/lib/sim-ui/chart-data";
import { ChartDataTable } from "./chart-data-table";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { seriesColor, seriesDash, tone } from "./chart-colors";

export interface TimelineChartProps {
  data: TimelineChartData;
  /** The moment that decides an answer; defaults to data.decidingSecond. */
  decidingSecond?: number;
  title: string;
  /** Total height of both panels in CSS pixels. */
  height?: number;
}

/**
 * A simulated timeline in two panels sharing the time axis: concurrency against the limit lines
 * (account, unreserved pool, reserved, provisioned) on top; throttles, cold starts and the async
 * queue below. The picture is decorative for assistive technology: the legend and the data table
 * under it carry the same numbers as text.
 */
export function TimelineChart({ data, decidingSecond = data.decidingSecond, title, height = 360 }: TimelineChartProps) {
  const t = useTranslations("simulator.chart");
  const format = useFormatter();
  const syncId = useId();
  const rows = useMemo(() => chartRows(data), [data]);
  const summary = useMemo(() => summarizeChart(data), [data]);
  const n = (value: number) => format.number(value);

  const peakAccount = Math.max(0, ...data.account.concurrency);
  const reservedPeak = Math.max(0, ...data.functions.map((fn) => fn.reservedConcurrency ?? 0));
  // A limit far above everything that happened would flatten the curves to the floor: it is named
  // in the legend instead of drawn.
  const showAccountLimit = peakAccount >= data.unreservedLimit * 0.4 || reservedPeak >= data.accountLimit * 0.4;
  const showUnreservedLimit = showAccountLimit && data.unreservedLimit < data.accountLimit;
  const showAccountTotal = data.functions.length > 1;
  const lastSecond = (data.seconds.at(-1) ?? 0) + data.resolutionSeconds;
  const ticks = timeTicks(lastSecond);
  const showTrafficEnd = data.durationSeconds < lastSecond;
  const deliveryMarkers = data.markers.filter((m) => m.kind === "dead-letter-delivery" || m.kind === "destination-delivery");
  const hasQueue = summary.some((fn) => fn.peakQueueDepth > 0);
  const hasProvisioned = summary.map((fn) => fn.peakProvisioned > 0);

  const legend: LegendItem[] = [
    ...data.functions.flatMap((fn, f): LegendItem[] => [
      { key: `fn-${f}`, label: fn.name, color: seriesColor(f), dash: seriesDash(f), kind: "line" },
      ...(fn.reservedConcurrency !== null
        ? [{ key: `r-${f}`, label: t("reserved", { name: fn.name, value: n(fn.reservedConcurrency) }), color: seriesColor(f), dash: "6 4", kind: "line" as const }]
        : []),
      ...(hasProvisioned[f]
        ? [{ key: `pc-${f}`, label: t("provisioned", { name: fn.name }), color: seriesColor(f), dash: "2 3", kind: "line" as const }]
        : []),
    ]),
    ...(showAccountTotal ? [{ key: "account", label: t("accountTotal"), color: tone.muted, kind: "line" as const }] : []),
    showAccountLimit
      ? { key: "limit", label: t("accountLimit", { value: n(data.accountLimit) }), color: tone.fg, dash: "6 4", kind: "line" }
      : { key: "limit", label: t("accountLimitOffScale", { value: n(data.accountLimit) }), color: tone.fg, kind: "note" },
    ...(showUnreservedLimit
      ? [{ key: "unreserved", label: t("unreservedLimit", { value: n(data.unreservedLimit) }), color: tone.muted, dash: "2 4", kind: "line" as const }]
      : []),
    { key: "throttles", label: t("throttles"), color: tone.danger, kind: "bar" },
    { key: "cold", label: t("coldStarts"), color: tone.warning, kind: "bar" },
    ...(hasQueue ? [{ key: "queue", label: t("queueDepth"), color: tone.accent, kind: "area" as const }] : []),
    ...deliveryMarkers.map((m): LegendItem => ({
      key: `${m.kind}-${m.function}`,
      label: t(m.kind === "dead-letter-delivery" ? "firstDeadLetter" : "firstDestination", { name: m.function ?? "" }),
      color: tone.danger,
      dash: "1 3",
      kind: "line",
    })),
    ...(showTrafficEnd ? [{ key: "end", label: t("trafficEnds"), color: tone.muted, dash: "3 3", kind: "line" as const }] : []),
    ...(decidingSecond !== undefined
      ? [{ key: "decision", label: t("decision", { second: n(decidingSecond) }), color: tone.fg, kind: "line" as const }]
      : []),
  ];

  const xAxis = (showTicks: boolean) => (
    <XAxis
      dataKey="second"
      type="number"
      domain={[0, lastSecond]}
      ticks={ticks}
      tick={showTicks ? { fill: tone.muted, fontSize: 12 } : false}
      tickLine={false}
      axisLine={{ stroke: tone.border }}
      height={showTicks ? 44 : 4}
      tickFormatter={(s: number) => n(s)}
      label={showTicks ? { value: t("timeAxis"), position: "insideBottom", offset: 2, fill: tone.muted, fontSize: 12 } : undefined}
    />
  );
  const yAxis = (label: string, tickCount: number) => (
    <YAxis
      allowDecimals={false}
      tickCount={tickCount}
      width={48}
      tick={{ fill: tone.muted, fontSize: 12 }}
      tickLine={false}
      axisLine={false}
      tickFormatter={(v: number) => format.number(v, { notation: "compact" })}
      label={{ value: label, angle: -90, position: "insideLeft", offset: 10, fill: tone.muted, fontSize: 12, style: { textAnchor: "middle" } }}
    />
  );
  const verticalMarkers = (
    <>
      {showTrafficEnd ? <ReferenceLine x={data.durationSeconds} stroke={tone.muted} strokeDasharray="3 3" /> : null}
      {decidingSecond !== undefined ? <ReferenceLine x={decidingSecond} stroke={tone.fg} strokeWidth={2} /> : null}
    </>
  );
  const tooltip = (
    <Tooltip
      isAnimationActive={false}
      labelFormatter={(second) => t("tooltipSecond", { second: n(Number(second)) })}
      formatter={(value) => n(Number(value))}
      contentStyle={{ background: tone.surface, border: `1px solid ${tone.border}`, borderRadius: 12, color: tone.fg, fontSize: 13 }}
      labelStyle={{ color: tone.fg, fontWeight: 600 }}
      cursor={{ stroke: tone.muted, strokeDasharray: "3 3" }}
    />
  );
  const topHeight = Math.round(height * 0.62);
  const margin = { top: 8, right: 12, bottom: 0, left: 0 };

  return (
    <figure className="min-w-0">
      <figcaption className="mb-3 font-semibold">{title}</figcaption>
      <div aria-hidden="true" className="select-none">
        <p className="mb-1 text-xs font-medium text-muted">{t("concurrencyPanel")}</p>
        <ComposedChart
          responsive
          style={{ width: "100%", height: topHeight }}
          data={rows}
          syncId={syncId}
          margin={margin}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={tone.border} strokeDasharray="3 3" vertical={false} />
          {xAxis(false)}
          {yAxis(t("concurrencyAxis"), 5)}
          {tooltip}
          {showAccountLimit ? <ReferenceLine y={data.accountLimit} stroke={tone.fg} strokeDasharray="6 4" ifOverflow="extendDomain" /> : null}
          {showUnreservedLimit ? <ReferenceLine y={data.unreservedLimit} stroke={tone.muted} strokeDasharray="2 4" ifOverflow="extendDomain" /> : null}
          {data.functions.map((fn, f) =>
            fn.reservedConcurrency !== null ? (
              <ReferenceLine key={`r-${f}`} y={fn.reservedConcurrency} stroke={seriesColor(f)} strokeDasharray="6 4" ifOverflow="extendDomain" />
            ) : null,
          )}
          {verticalMarkers}
          {showAccountTotal ? (
            <Line dataKey="account" name={t("accountTotal")} type="stepAfter" stroke={tone.muted} strokeWidth={1.5} dot={false} isAnimationActive={false} />
          ) : null}
          {data.functions.map((fn, f) =>
            hasProvisioned[f] ? (
              <Line
                key={`pc-${f}`}
                dataKey={provisionedKey(f)}
                name={t("provisioned", { name: fn.name })}
                type="stepAfter"
                stroke={seriesColor(f)}
                strokeDasharray="2 3"
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
              />
            ) : null,
          )}
          {data.functions.map((fn, f) => (
            <Line
              key={`fn-${f}`}
              dataKey={functionKey(f)}
              name={fn.name}
              type="stepAfter"
              stroke={seriesColor(f)}
              strokeDasharray={seriesDash(f)}
              strokeWidth={2.25}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
        <p className="mt-3 mb-1 text-xs font-medium text-muted">
          {t("eventsPanel", { seconds: n(data.resolutionSeconds) })}
        </p>
        <ComposedChart
          responsive
          style={{ width: "100%", height: height - topHeight }}
          data={rows}
          syncId={syncId}
          margin={margin}
          barGap={0}
          barCategoryGap={0}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={tone.border} strokeDasharray="3 3" vertical={false} />
          {xAxis(true)}
          {yAxis(t("perSampleAxis"), 3)}
          {tooltip}
          {verticalMarkers}
          {deliveryMarkers.map((m) => (
            <ReferenceLine key={`${m.kind}-${m.function}-${m.atSecond}`} x={m.atSecond} stroke={tone.danger} strokeDasharray="1 3" />
          ))}
          {hasQueue ? (
            <Area
              dataKey="queueDepth"
              name={t("queueDepth")}
              type="stepAfter"
              stroke={tone.accent}
              fill={tone.accent}
              fillOpacity={0.18}
              strokeWidth={1.5}
              isAnimationActive={false}
            />
          ) : null}
          <Bar dataKey="throttles" name={t("throttles")} fill={tone.danger} isAnimationActive={false} />
          <Bar dataKey="coldStarts" name={t("coldStarts")} fill={tone.warning} isAnimationActive={false} />
        </ComposedChart>
      </div>
      <ChartLegend items={legend} />
      <ChartDataTable summary={summary} />
    </figure>
  );
}
