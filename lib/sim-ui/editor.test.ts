import { describe, expect, it } from "vitest";
import { exampleScenarios } from "@/lib/sim/examples";
import { formatScenario, readScenarioText } from "./editor";

describe("readScenarioText", () => {
  it("accepts a formatted example", () => {
    const text = formatScenario(exampleScenarios.starvation);
    expect(readScenarioText(text)).toMatchObject({ kind: "valid", scenario: exampleScenarios.starvation });
  });

  it("reports text that is not JSON with the parser's detail", () => {
    const state = readScenarioText('{"seed": 1,');
    expect(state.kind).toBe("not-json");
    if (state.kind === "not-json") expect(state.detail.length).toBeGreaterThan(0);
  });

  it("reports scenario errors with field paths", () => {
    const json = structuredClone(exampleScenarios.starvation) as { account: { concurrencyLimit: number } };
    json.account.concurrencyLimit = 0;
    const state = readScenarioText(formatScenario(json));
    expect(state.kind).toBe("invalid");
    if (state.kind === "invalid") expect(state.issues.map((i) => i.path)).toContain("account.concurrencyLimit");
  });
});
