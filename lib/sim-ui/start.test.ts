import { describe, expect, it } from "vitest";
import { exampleScenarios } from "@/lib/sim/examples";
import { formatScenario } from "./editor";
import { encodeScenarioParam } from "./scenario-url";
import { DEFAULT_EXAMPLE, simulatorQuerySchema, workbenchStart } from "./start";

const start = (query: Record<string, string | string[]>) => workbenchStart(simulatorQuerySchema.parse(query));

describe("workbenchStart", () => {
  it("opens the default example without a query", () => {
    expect(start({})).toEqual({ exampleId: DEFAULT_EXAMPLE, text: formatScenario(exampleScenarios[DEFAULT_EXAMPLE]), linkProblem: null });
  });

  it("opens a named example, and says so when the name is unknown", () => {
    expect(start({ example: "scaling-rate" })).toMatchObject({ exampleId: "scaling-rate", linkProblem: null });
    expect(start({ example: "nope" })).toMatchObject({ exampleId: DEFAULT_EXAMPLE, linkProblem: "unknown-example" });
  });

  it("opens a linked scenario as written, even an invalid one", () => {
    const broken = { seed: 1, durationSeconds: -1 };
    expect(start({ scenario: encodeScenarioParam(broken) })).toEqual({ exampleId: null, text: formatScenario(broken), linkProblem: null });
  });

  it("falls back to the default example with the reason for an unreadable link", () => {
    expect(start({ scenario: "%%%" })).toMatchObject({ exampleId: DEFAULT_EXAMPLE, linkProblem: "not-base64" });
    expect(start({ scenario: Buffer.from("nope").toString("base64url") })).toMatchObject({ linkProblem: "not-json" });
  });

  it("takes the first of repeated parameters, and the scenario over the example", () => {
    const param = encodeScenarioParam(exampleScenarios["cold-starts"]);
    expect(start({ scenario: [param, "x"], example: "starvation" })).toMatchObject({ exampleId: null, linkProblem: null });
  });
});
