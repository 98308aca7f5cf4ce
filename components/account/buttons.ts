/** The app's button looks (as on the progress and flashcard pages). */
export const primaryButton = "min-h-11 rounded-full bg-accent px-6 py-2 font-medium text-accent-fg shadow-sm transition hover:opacity-90 disabled:opacity-60";
export const secondaryButton = "min-h-11 rounded-full border border-border px-6 py-2 font-medium hover:bg-surface-2 disabled:opacity-60";
export const dangerButton = "min-h-11 rounded-full bg-danger px-6 py-2 font-medium text-white shadow-sm transition hover:opacity-90 disabled:opacity-60 dark:text-bg";
