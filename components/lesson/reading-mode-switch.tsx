import { getTranslations } from "next-intl/server";
import { readingModes, type ReadingMode } from "@/lib/reading/mode";
import { ModeButtons } from "./mode-buttons";

/**
 * English / Korean / both, as a form of three submit buttons: it works before hydration and without
 * JavaScript, and the server action stores the choice for the learner and re-renders the page.
 */
export async function ReadingModeSwitch({ mode, action }: { mode: ReadingMode; action: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations("learn.mode");
  return (
    <form action={action} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <p id="reading-mode-label" className="text-sm font-medium text-muted">
        {t("label")}
      </p>
      <ModeButtons modes={readingModes.map((m) => ({ value: m, label: t(m) }))} current={mode} labelledBy="reading-mode-label" />
    </form>
  );
}
