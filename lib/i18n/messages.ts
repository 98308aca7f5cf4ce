import type { Locale } from "./locales";

/**
 * UI text is split by feature (messages/<locale>/<namespace>.json) so features can add their
 * strings without editing one shared file; each file becomes the namespace of the same name.
 */
export const namespaces = ["common", "home", "learn", "flashcards", "quiz", "exam", "simulator", "progress", "account"] as const;
export type Namespace = (typeof namespaces)[number];

export type Messages = Record<Namespace, Record<string, unknown>>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const mod = (await import(`../../messages/${locale}/${ns}.json`)) as { default: Record<string, unknown> };
      return [ns, mod.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Messages;
}
