import { getTranslations } from "next-intl/server";
import { readingModes, type ReadingMode } from "@/lib/reading/mode";
import { ModeButtons } from "./mode-buttons";

/**
 * English / Korean / both, as a form of three submit buttons: it works before hydration, and the
 * server action stores the choice for the learner and mirrors it into the cookie the page reads
 * before first paint. `fallback` is the URL's language, shown when the learner has not chosen.
 */
export async function ReadingModeSwitch({ fallback, action }: { fallback: ReadingMode; action: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations("learn.mode");
  return (
    <form action={action} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <p id="reading-mode-label" className="text-sm font-medium text-muted">
        {t("label")}
      </p>
      <ModeButtons modes={readingModes.map((m) => ({ value: m, label: t(m) }))} fallback={fallback} labelledBy="reading-mode-label" />
    </form>
  );
}
