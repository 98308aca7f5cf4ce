export const THEME_STORAGE_KEY = "cl-theme";
export type Theme = "light" | "dark";
