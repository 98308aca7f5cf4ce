import { useId, type ReactNode } from "react";
import type { Bilingual } from "@/lib/content/bilingual";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Drawing kit shared by the lesson figures: theme colours as CSS variables (with fallbacks so a
 * figure stays legible outside the app's stylesheet), an accessible <svg> frame, boxes, multi-line
 * labels and arrows. Server components only: nothing here needs client JavaScript.
 *
 * Every figure is drawn on a viewBox 360 units wide and rendered at width 100% (capped by
 * FIGURE_MAX_WIDTH), so one unit is at least one CSS pixel on a 360 px phone: keep text at
 * MIN_FONT_SIZE or more.
 */

export interface FigureProps {
  lang: Locale;
}

export const VIEW_WIDTH = 360;
export const MIN_FONT_SIZE = 13;
export const FONT_SIZE = 14;
/** Rendered width cap in CSS pixels, so labels do not grow huge on wide screens. */
export const FIGURE_MAX_WIDTH = 520;

export const tones = {
  fg: "var(--color-fg, currentColor)",
  muted: "var(--color-muted, currentColor)",
  accent: "var(--color-accent, currentColor)",
  danger: "var(--color-danger, currentColor)",
  success: "var(--color-success, currentColor)",
  border: "var(--color-border, currentColor)",
  surface: "var(--color-surface, transparent)",
} as const;
export type Tone = Exclude<keyof typeof tones, "surface">;

const arrowTones: readonly Tone[] = ["fg", "muted", "accent", "danger", "success"];

/** A figure's label table: every label in both languages, chosen by the `lang` prop. */
export type FigureLabels = Readonly<Record<string, Bilingual>>;

/** Replaces `{name}` placeholders in a label with values (numbers from content/facts.json). */
export function fill(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

export interface FigureIds {
  title: string;
  desc: string;
  /** marker-end value for an arrowhead in a tone */
  arrow: (tone?: Tone) => string;
  markerId: (tone: Tone) => string;
}

/** Ids unique per rendered figure, so several figures can share a page. */
export function useFigureIds(): FigureIds {
  const uid = `fig${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const markerId = (tone: Tone) => `${uid}-arrow-${tone}`;
  return {
    title: `${uid}-title`,
    desc: `${uid}-desc`,
    markerId,
    arrow: (tone: Tone = "muted") => `url(#${markerId(tone)})`,
  };
}

export function FigureFrame({
  ids,
  height,
  title,
  desc,
  lang,
  children,
}: {
  ids: FigureIds;
  height: number;
  title: string;
  desc: string;
  lang: Locale;
  children: ReactNode;
}) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={ids.title}
      aria-describedby={ids.desc}
      lang={lang}
      viewBox={`0 0 ${VIEW_WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMidYMin meet"
      style={{
        display: "block",
        width: "100%",
        maxWidth: FIGURE_MAX_WIDTH,
        height: "auto",
        marginInline: "auto",
        color: tones.fg,
        fontFamily: "inherit",
        overflow: "visible",
      }}
    >
      <title id={ids.title}>{title}</title>
      <desc id={ids.desc}>{desc}</desc>
      <defs>
        {arrowTones.map((tone) => (
          <marker
            key={tone}
            id={ids.markerId(tone)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" style={{ fill: tones[tone] }} />
          </marker>
        ))}
      </defs>
      {children}
    </svg>
  );
}

export function Box({
  x,
  y,
  width,
  height,
  tone = "border",
  tint,
  dashed = false,
  strokeWidth = 1.5,
  rx = 8,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  tone?: Tone | "border";
  /** fill with this tone at low opacity instead of the surface colour */
  tint?: Tone;
  dashed?: boolean;
  strokeWidth?: number;
  rx?: number;
}) {
  return (
    <rect
      x={x}
      y={y}
      width={width}
      height={height}
      rx={rx}
      style={{
        fill: tint ? tones[tint] : tones.surface,
        fillOpacity: tint ? 0.14 : 1,
        stroke: tones[tone],
        strokeWidth,
        strokeDasharray: dashed ? "5 4" : undefined,
      }}
    />
  );
}

/** Text with "\n" line breaks, each line a <tspan>. */
export function Label({
  x,
  y,
  text,
  size = FONT_SIZE,
  weight = "normal",
  tone = "fg",
  anchor = "start",
  lineHeight,
}: {
  x: number;
  y: number;
  text: string;
  size?: number;
  weight?: "normal" | "bold";
  tone?: Tone;
  anchor?: "start" | "middle" | "end";
  lineHeight?: number;
}) {
  const lines = text.split("\n");
  const step = lineHeight ?? Math.round(size * 1.3);
  return (
    <text
      x={x}
      y={y}
      fontSize={Math.max(size, MIN_FONT_SIZE)}
      fontWeight={weight === "bold" ? 600 : 400}
      textAnchor={anchor}
      style={{ fill: tones[tone] }}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : step}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A straight or polyline arrow; points are [x, y] pairs. */
export function Arrow({
  ids,
  points,
  tone = "muted",
  both = false,
  dashed = false,
  strokeWidth = 1.75,
}: {
  ids: FigureIds;
  points: readonly (readonly [number, number])[];
  tone?: Tone;
  both?: boolean;
  dashed?: boolean;
  strokeWidth?: number;
}) {
  const d = points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${x},${y}`).join(" ");
  return (
    <path
      d={d}
      markerEnd={ids.arrow(tone)}
      markerStart={both ? ids.arrow(tone) : undefined}
      style={{
        fill: "none",
        stroke: tones[tone],
        strokeWidth,
        strokeDasharray: dashed ? "5 4" : undefined,
        strokeLinejoin: "round",
      }}
    />
  );
}

/** Small square standing for one execution environment. */
export function Env({ x, y, size = 16, warm }: { x: number; y: number; size?: number; warm: boolean }) {
  return (
    <rect
      x={x}
      y={y}
      width={size}
      height={size}
      rx={3}
      style={
        warm
          ? { fill: tones.success, stroke: tones.success, strokeWidth: 1.5 }
          : { fill: tones.surface, stroke: tones.muted, strokeWidth: 1.5, strokeDasharray: "3 2" }
      }
    />
  );
}

/** A tick (ok) or a cross, drawn as paths so no font glyph is needed. */
export function Check({ cx, cy, ok }: { cx: number; cy: number; ok: boolean }) {
  const d = ok
    ? `M${cx - 7},${cy} L${cx - 2},${cy + 6} L${cx + 8},${cy - 7}`
    : `M${cx - 6},${cy - 6} L${cx + 6},${cy + 6} M${cx + 6},${cy - 6} L${cx - 6},${cy + 6}`;
  return (
    <path
      d={d}
      style={{ fill: "none", stroke: ok ? tones.success : tones.danger, strokeWidth: 3, strokeLinecap: "round", strokeLinejoin: "round" }}
    />
  );
}
