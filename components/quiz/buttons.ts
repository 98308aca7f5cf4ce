/** The quiz's two button looks (design system: rounded-full, primary on the accent colour). */
export const primaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-accent px-6 py-2.5 font-medium text-accent-fg transition-opacity hover:opacity-90 disabled:opacity-60";
export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-full border border-border px-5 py-2.5 font-medium hover:bg-surface-2 disabled:opacity-40";
