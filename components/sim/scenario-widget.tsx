import type { ReactNode } from "react";
import { exampleScenarios, type ExampleId } from "@/lib/sim/examples";
import { ScenarioWidgetPanel, type WidgetParameter } from "./scenario-widget-panel";

export interface ScenarioWidgetProps {
  scenarioId: ExampleId;
  parameter: WidgetParameter;
  caption: ReactNode;
  /** Result metrics to show as key figures (e.g. "Throttles"); a sensible set when left out. */
  watch?: readonly string[];
}

/**
 * A lesson's live simulator: one number of an example scenario on a slider, the timeline and a few
 * key figures, re-simulated in the browser as the learner moves it. Resolving the example here
 * (on the server, for a server-rendered lesson) keeps the simulator's schema out of the page bundle.
 */
export function ScenarioWidget({ scenarioId, parameter, caption, watch }: ScenarioWidgetProps) {
  return <ScenarioWidgetPanel id={scenarioId} scenario={exampleScenarios[scenarioId]} parameter={parameter} caption={caption} watch={watch} />;
}
