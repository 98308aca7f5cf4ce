/** Configuration errors: AWS's rules and wording, each with the path of the field at fault. */
import { describe, expect, it } from "vitest";
import { ScenarioValidationError, simulate, validateScenario } from "./index";
import { burst, lambda, scenario, syncTraffic } from "./test-helpers";
import type { ScenarioInput } from "./types";

function issuesOf(input: unknown) {
  const result = validateScenario(input);
  if (result.ok) throw new Error("expected the scenario to be invalid");
  return result.issues;
}

const aliased = (settings: object) => lambda("api", { versions: ["1", "2"], ...settings });

describe("validateScenario", () => {
  it("accepts a valid scenario and applies defaults", () => {
    const result = validateScenario(scenario({ functions: [lambda("api")], traffic: [syncTraffic("api", burst(1))] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fn = result.scenario.functions[0]!;
    expect(fn).toMatchObject({ initDurationMs: 0, idleTimeoutSeconds: 300, errorRate: 0, versions: [], aliases: [] });
    expect(fn.asyncInvokeConfig).toEqual({ maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21_600, onFailure: "none" });
    expect(result.scenario.traffic[0]).toMatchObject({ qualifier: "$LATEST", source: "sdk" });
  });

  it("refuses reserved concurrency that leaves less than 100 unreserved, naming the function that breaks it", () => {
    const issues = issuesOf(
      scenario({
        functions: [lambda("a", { reservedConcurrentExecutions: 500 }), lambda("b", { reservedConcurrentExecutions: 401 })],
        traffic: [],
      }),
    );
    expect(issues).toEqual([
      {
        path: "functions[1].reservedConcurrentExecutions",
        message:
          "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
      },
    ]);
    expect(validateScenario(scenario({ functions: [lambda("a", { reservedConcurrentExecutions: 900 })], traffic: [] })).ok).toBe(true);
  });

  it("keeps the whole limit unreserved in accounts below 100", () => {
    const issues = issuesOf(
      scenario({ account: { concurrencyLimit: 50 }, functions: [lambda("a", { reservedConcurrentExecutions: 1 })], traffic: [] }),
    );
    expect(issues[0]!.message).toContain("below its minimum value of [50]");
  });

  it("refuses provisioned concurrency above R, counting schedule and target-tracking maxima", () => {
    const pc = (settings: object) =>
      issuesOf(
        scenario({
          functions: [
            aliased({
              reservedConcurrentExecutions: 10,
              aliases: [{ name: "live", functionVersion: "1" }],
              provisionedConcurrency: [{ qualifier: "live", provisionedConcurrentExecutions: 5, ...settings }],
            }),
          ],
          traffic: [],
        }),
      );
    for (const settings of [
      { provisionedConcurrentExecutions: 11 },
      { schedule: [{ atSecond: 10, provisionedConcurrentExecutions: 20 }] },
      { targetTracking: { targetUtilization: 0.7, min: 1, max: 11 } },
    ]) {
      const [issue] = pc(settings);
      expect(issue!.path).toBe("functions[0].provisionedConcurrency[0].provisionedConcurrentExecutions");
      expect(issue!.message).toMatch(/^Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function/);
    }
  });

  it("refuses provisioned concurrency that eats the unreserved minimum", () => {
    const issues = issuesOf(
      scenario({
        functions: [aliased({ provisionedConcurrency: [{ qualifier: "1", provisionedConcurrentExecutions: 901 }] })],
        traffic: [],
      }),
    );
    expect(issues).toEqual([
      {
        path: "functions[0].provisionedConcurrency[0].provisionedConcurrentExecutions",
        message: "Requested Provisioned Concurrency decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
      },
    ]);
  });

  it("refuses provisioned concurrency on $LATEST, directly or through an alias", () => {
    const message = "Provisioned Concurrency Configs cannot be applied to unpublished function versions.";
    const direct = issuesOf(
      scenario({ functions: [aliased({ provisionedConcurrency: [{ qualifier: "$LATEST", provisionedConcurrentExecutions: 1 }] })], traffic: [] }),
    );
    expect(direct).toEqual([{ path: "functions[0].provisionedConcurrency[0].qualifier", message }]);
    const viaAlias = issuesOf(
      scenario({
        functions: [
          aliased({
            aliases: [{ name: "dev", functionVersion: "$LATEST" }],
            provisionedConcurrency: [{ qualifier: "dev", provisionedConcurrentExecutions: 1 }],
          }),
        ],
        traffic: [],
      }),
    );
    expect(viaAlias).toEqual([{ path: "functions[0].provisionedConcurrency[0].qualifier", message }]);
  });

  it("refuses an alias that points to an alias or to a missing version", () => {
    const issues = issuesOf(
      scenario({
        functions: [
          aliased({
            aliases: [
              { name: "live", functionVersion: "1" },
              { name: "prod", functionVersion: "live" },
              { name: "old", functionVersion: "7" },
            ],
          }),
        ],
        traffic: [],
      }),
    );
    expect(issues).toEqual([
      {
        path: "functions[0].aliases[1].functionVersion",
        message:
          "1 validation error detected: Value 'live' at 'functionVersion' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+) (an alias cannot point to another alias)",
      },
      { path: "functions[0].aliases[2].functionVersion", message: "Function not found: api:7" },
    ]);
  });

  it("refuses weighted aliases to $LATEST, with more than one extra version, or weights outside 0..1", () => {
    const issues = issuesOf(
      scenario({
        functions: [
          aliased({
            versions: ["1", "2", "3"],
            aliases: [
              { name: "a", functionVersion: "$LATEST", additionalVersionWeights: { "2": 0.1 } },
              { name: "b", functionVersion: "1", additionalVersionWeights: { "2": 0.1, "3": 0.1 } },
              { name: "c", functionVersion: "1", additionalVersionWeights: { "2": 1.5 } },
            ],
          }),
        ],
        traffic: [],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      "functions[0].aliases[0].functionVersion",
      "functions[0].aliases[1].additionalVersionWeights",
      'functions[0].aliases[2].additionalVersionWeights["2"]',
    ]);
    expect(issues[0]!.message).toContain("not $LATEST");
    expect(issues[2]!.message).toContain("Member must have value less than or equal to 1.0");
  });

  it("refuses retry attempts outside 0..2 and event ages outside 60..21600 with AWS's wording", () => {
    const issues = issuesOf(
      scenario({
        functions: [
          lambda("a", { asyncInvokeConfig: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 30 } }),
          lambda("b", { asyncInvokeConfig: { maximumRetryAttempts: -1, maximumEventAgeInSeconds: 21_601 } }),
        ],
        traffic: [],
      }),
    );
    expect(issues).toEqual([
      {
        path: "functions[0].asyncInvokeConfig.maximumRetryAttempts",
        message:
          "1 validation error detected: Value '3' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2",
      },
      {
        path: "functions[0].asyncInvokeConfig.maximumEventAgeInSeconds",
        message:
          "1 validation error detected: Value '30' at 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60",
      },
      {
        path: "functions[1].asyncInvokeConfig.maximumRetryAttempts",
        message:
          "1 validation error detected: Value '-1' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value greater than or equal to 0",
      },
      {
        path: "functions[1].asyncInvokeConfig.maximumEventAgeInSeconds",
        message:
          "1 validation error detected: Value '21601' at 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value less than or equal to 21600",
      },
    ]);
  });

  it("refuses traffic to an unknown function or qualifier", () => {
    const issues = issuesOf(
      scenario({
        functions: [aliased({})],
        traffic: [syncTraffic("nope", burst(1)), syncTraffic("api", burst(1), "live"), syncTraffic("api", burst(1), "2")],
      }),
    );
    expect(issues).toEqual([
      { path: "traffic[0].function", message: "Function not found: nope" },
      { path: "traffic[1].qualifier", message: "Function not found: api:live" },
    ]);
  });

  it("refuses unknown keys, wrong types and duplicate names", () => {
    const input = scenario({ functions: [lambda("api"), lambda("api")], traffic: [] }) as Record<string, unknown>;
    expect(issuesOf({ ...input, extra: true })[0]).toEqual({ path: "", message: 'Unrecognized key: "extra"' });
    expect(issuesOf({ ...input, functions: [{ name: "api", durationMs: 10, reserved: 5 }] })[0]!.path).toBe("functions[0]");
    expect(issuesOf({ ...input, durationSeconds: "ten" })[0]!.path).toBe("durationSeconds");
    expect(issuesOf(input)).toEqual([{ path: "functions[1].name", message: "Function already exist: api" }]);
  });

  it("refuses patterns outside the traffic window", () => {
    const issues = issuesOf(
      scenario({
        durationSeconds: 10,
        functions: [lambda("api")],
        traffic: [
          syncTraffic("api", { kind: "constant", rps: 1, endSecond: 11 }),
          syncTraffic("api", { kind: "ramp", fromRps: 1, toRps: 2, startSecond: 5, endSecond: 5 }),
          syncTraffic("api", burst(1, 10)),
          syncTraffic("api", { kind: "steps", steps: [{ atSecond: 5, rps: 1 }, { atSecond: 2, rps: 1 }] }),
        ],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      "traffic[0].pattern.endSecond",
      "traffic[1].pattern.startSecond",
      "traffic[2].pattern.atSecond",
      "traffic[3].pattern.steps[1].atSecond",
    ]);
  });

  it("refuses absurd sizes with a clear message instead of running out of memory", () => {
    const many = Array.from({ length: 51 }, (_, i) => lambda(`f${i}`));
    expect(issuesOf(scenario({ functions: many, traffic: [] }))).toEqual([
      { path: "functions", message: "At most 50 functions per scenario" },
    ]);
    const huge: ScenarioInput = scenario({
      durationSeconds: 86_400,
      functions: [lambda("api")],
      traffic: [syncTraffic("api", { kind: "constant", rps: 200 })],
    });
    expect(issuesOf(huge)).toEqual([
      { path: "traffic", message: "The traffic offers about 17,280,000 invocations; the simulator accepts at most 10,000,000 per scenario" },
    ]);
  });

  it("simulate throws ScenarioValidationError carrying the issues", () => {
    const input = scenario({ functions: [lambda("api", { reservedConcurrentExecutions: 950 })], traffic: [] });
    expect(() => simulate(input)).toThrow(ScenarioValidationError);
    try {
      simulate(input);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as ScenarioValidationError).issues).toHaveLength(1);
      expect((error as ScenarioValidationError).issues[0]!.path).toBe("functions[0].reservedConcurrentExecutions");
    }
  });
});
