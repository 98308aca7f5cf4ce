import { getTranslations } from "next-intl/server";
import { readingModes, type ReadingMode } from "@/lib/reading/mode";

/**
 * English / Korean / both, as a form of three submit buttons: it works before hydration and without
 * JavaScript, and the server action stores the choice for the learner and re-renders the page.
 */
export async function ReadingModeSwitch({
  mode,
  action,
  lessonId,
}: {
  mode: ReadingMode;
  action: (formData: FormData) => Promise<void>;
  lessonId: string;
}) {
  const t = await getTranslations("learn.mode");
  return (
    <form action={action} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <input type="hidden" name="lessonId" value={lessonId} />
      <p id="reading-mode-label" className="text-sm font-medium text-muted">
        {t("label")}
      </p>
      <div role="group" aria-labelledby="reading-mode-label" className="inline-flex rounded-full border border-border bg-surface p-1">
        {readingModes.map((m) => (
          <button
            key={m}
            type="submit"
            name="mode"
            value={m}
            aria-pressed={m === mode}
            className="rounded-full px-3.5 py-1.5 text-sm font-medium text-muted transition-colors hover:text-fg aria-pressed:bg-accent aria-pressed:text-accent-fg"
          >
            {t(m)}
          </button>
        ))}
      </div>
    </form>
  );
}
