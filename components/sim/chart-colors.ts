/**
 * Chart colours: the theme's CSS variables, so a chart follows light and dark mode without
 * re-rendering. Functions cycle through four colours, then repeat them dashed.
 */
export const tone = {
  fg: "var(--color-fg)",
  muted: "var(--color-muted)",
  border: "var(--color-border)",
  surface: "var(--color-surface)",
  accent: "var(--color-accent)",
  success: "var(--color-success)",
  warning: "var(--color-warning)",
  danger: "var(--color-danger)",
} as const;

const FUNCTION_COLORS = [tone.accent, tone.success, tone.fg, tone.muted] as const;

export function seriesColor(index: number): string {
  return FUNCTION_COLORS[index % FUNCTION_COLORS.length] as string;
}

/** Solid for the first round of colours, dashed after, so no two functions look alike. */
export function seriesDash(index: number): string | undefined {
  return index < FUNCTION_COLORS.length ? undefined : "8 3";
}
