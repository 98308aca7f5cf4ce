import { describe, expect, it } from "vitest";
import { exampleScenarios } from "@/lib/sim/examples";
import { decodeScenarioParam } from "./scenario-link";
import { encodeScenarioParam, MAX_SCENARIO_PARAM_LENGTH, simulatorHref } from "./scenario-url";

describe("scenario URL parameter", () => {
  it("round-trips every example", () => {
    for (const scenario of Object.values(exampleScenarios)) {
      const param = encodeScenarioParam(scenario);
      expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
      const decoded = decodeScenarioParam(param);
      expect(decoded).toEqual({ ok: true, scenario, json: scenario });
    }
  });

  it("keeps non-ASCII text intact", () => {
    const json = { note: "예약된 동시성 ✓" };
    expect(decodeScenarioParam(encodeScenarioParam(json))).toMatchObject({ ok: false, reason: "invalid", json });
  });

  it("reports text that is not base64url", () => {
    expect(decodeScenarioParam("abc$def")).toEqual({ ok: false, reason: "not-base64" });
    expect(decodeScenarioParam("abcde")).toEqual({ ok: false, reason: "not-base64" });
  });

  it("reports base64url that is not JSON", () => {
    expect(decodeScenarioParam(Buffer.from("{seed:").toString("base64url"))).toEqual({ ok: false, reason: "not-json" });
    expect(decodeScenarioParam(Buffer.from([0xff, 0xfe]).toString("base64url"))).toEqual({ ok: false, reason: "not-json" });
  });

  it("reports an invalid scenario with field paths", () => {
    const broken = structuredClone(exampleScenarios["reserved-protects"]) as { functions: { reservedConcurrentExecutions?: number }[] };
    broken.functions[0]!.reservedConcurrentExecutions = -5;
    const decoded = decodeScenarioParam(encodeScenarioParam(broken));
    expect(decoded.ok).toBe(false);
    if (decoded.ok || decoded.reason !== "invalid") throw new Error("expected an invalid scenario");
    expect(decoded.issues.map((issue) => issue.path)).toContain("functions[0].reservedConcurrentExecutions");
  });

  it("refuses parameters too long to be a link", () => {
    expect(decodeScenarioParam("a".repeat(MAX_SCENARIO_PARAM_LENGTH + 1))).toEqual({ ok: false, reason: "too-long" });
  });
});

describe("simulatorHref", () => {
  it("links the simulator page with the encoded scenario", () => {
    const scenario = exampleScenarios["scaling-rate"];
    const href = simulatorHref(scenario);
    expect(href.pathname).toBe("/simulator");
    expect(decodeScenarioParam(href.query.scenario)).toMatchObject({ ok: true, scenario });
  });
});
