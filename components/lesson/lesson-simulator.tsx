import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { SimulatorBlock } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";
import { StackedText } from "./in-languages";

/** A behaviour-over-time block: the caption says what to try, the link opens the scenario in the Simulator. */
export async function LessonSimulator({ block, locales }: { block: SimulatorBlock; locales: readonly Locale[] }) {
  const t = await getTranslations("learn.simulator");
  return (
    <div className="rounded-2xl border border-border bg-surface p-5 sm:p-6" data-simulator={block.scenarioId}>
      <p className="text-xs font-semibold tracking-wide text-accent uppercase">{t("label")}</p>
      <p className="mt-1 text-pretty">
        <StackedText text={block.caption} locales={locales} />
      </p>
      <Link
        href={{ pathname: "/simulator", query: { example: block.scenarioId } }}
        className="mt-4 inline-flex items-center gap-2 rounded-full border border-border px-4 py-2 text-sm font-medium transition hover:bg-surface-2"
      >
        {t("open")}
        <span aria-hidden="true">→</span>
      </Link>
    </div>
  );
}
