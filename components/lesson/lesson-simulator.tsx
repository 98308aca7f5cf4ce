import { getTranslations } from "next-intl/server";
import type { SimulatorBlock } from "@/lib/content/lessons";
import { inlinePlainText } from "@/lib/content/resolve";
import type { Locale } from "@/lib/i18n/locales";
import { exampleIds, type ExampleId } from "@/lib/sim/examples";
import { ScenarioWidget } from "@/components/sim/scenario-widget";
import { StackedText } from "./in-languages";

function isExampleId(id: string): id is ExampleId {
  return (exampleIds as readonly string[]).includes(id);
}

/** A behaviour-over-time block: the live simulator widget with the block's parameter on a slider. */
export async function LessonSimulator({ block, uiLocale }: { block: SimulatorBlock; uiLocale: Locale }) {
  const t = await getTranslations("learn.simulator");
  // the content test checks every scenario id; a miss here is a content bug, said plainly
  if (!isExampleId(block.scenarioId)) return <p className="rounded-2xl bg-danger-soft p-5 text-danger">{t("unknown", { id: block.scenarioId })}</p>;
  // the slider is a client widget with a plain-text label: named in the interface language
  const label = inlinePlainText(block.parameter.label[uiLocale], uiLocale);
  return (
    <div data-simulator={block.scenarioId}>
      <ScenarioWidget
      scenarioId={block.scenarioId}
      parameter={{ ...block.parameter, label }}
      caption={
        <>
          <span className="mb-1 block text-xs font-semibold tracking-wide text-accent uppercase">{t("label")}</span>
          <StackedText text={block.caption} />
        </>
      }
      watch={block.watch}
      />
    </div>
  );
}
