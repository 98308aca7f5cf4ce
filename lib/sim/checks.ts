/**
 * Configuration rules that relate fields to each other: the errors AWS itself gives for the same
 * configuration (with its wording where it has one), plus size limits that keep a run in memory.
 */
import { expectedArrivals } from "./arrivals";
import type { FunctionConfig, ProvisionedConcurrencyConfig, Scenario, TrafficPattern } from "./types";

export interface RawIssue {
  path: (string | number)[];
  message: string;
}

/** Offered invocations above this are refused instead of running out of memory or time. */
const MAX_OFFERED_INVOCATIONS = 10_000_000;

/** At least 100 concurrency must stay unreserved (reference 1.2); smaller accounts keep all of it. */
function minimumUnreserved(concurrencyLimit: number): number {
  return Math.min(100, concurrencyLimit);
}

const VERSION_PATTERN = /^(\$LATEST|[0-9]+)$/;

function awsRangeMessage(field: string, value: number, bound: "<=" | ">=", limit: number): string {
  const relation = bound === "<=" ? "less than or equal to" : "greater than or equal to";
  return `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must have value ${relation} ${limit}`;
}

function functionNotFound(name: string, qualifier?: string): string {
  return `Function not found: ${qualifier === undefined ? name : `${name}:${qualifier}`}`;
}

/** The largest provisioned concurrency a config can ask for at any time during the run. */
function peakProvisioned(config: ProvisionedConcurrencyConfig): number {
  return Math.max(
    config.provisionedConcurrentExecutions,
    ...config.schedule.map((entry) => entry.provisionedConcurrentExecutions),
    config.targetTracking?.max ?? 0,
  );
}

function checkAliases(fn: FunctionConfig, base: (string | number)[], issues: RawIssue[]): void {
  const published = new Set(fn.versions);
  const aliasNames = new Set(fn.aliases.map((alias) => alias.name));
  const seen = new Set<string>();
  fn.aliases.forEach((alias, a) => {
    const at = [...base, "aliases", a];
    if (seen.has(alias.name)) {
      issues.push({ path: [...at, "name"], message: `Alias already exists: ${fn.name}:${alias.name}` });
    }
    seen.add(alias.name);
    if (!VERSION_PATTERN.test(alias.functionVersion)) {
      const hint = aliasNames.has(alias.functionVersion) ? " (an alias cannot point to another alias)" : "";
      issues.push({
        path: [...at, "functionVersion"],
        message: `1 validation error detected: Value '${alias.functionVersion}' at 'functionVersion' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+)${hint}`,
      });
    } else if (alias.functionVersion !== "$LATEST" && !published.has(alias.functionVersion)) {
      issues.push({ path: [...at, "functionVersion"], message: functionNotFound(fn.name, alias.functionVersion) });
    }
    const weights = Object.entries(alias.additionalVersionWeights ?? {});
    const weightsPath = [...at, "additionalVersionWeights"];
    if (weights.length > 1) {
      issues.push({
        path: weightsPath,
        message: "A weighted alias routes between exactly two versions: additionalVersionWeights takes one entry",
      });
    }
    if (weights.length > 0 && alias.functionVersion === "$LATEST") {
      issues.push({
        path: [...at, "functionVersion"],
        message: "A weighted alias must point to published versions, not $LATEST",
      });
    }
    for (const [version, weight] of weights) {
      if (!(weight >= 0 && weight <= 1)) {
        issues.push({
          path: [...weightsPath, version],
          message:
            "1 validation error detected: Value at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0]",
        });
      }
      if (version === "$LATEST") {
        issues.push({ path: [...weightsPath, version], message: "A weighted alias must point to published versions, not $LATEST" });
      } else if (!published.has(version)) {
        issues.push({ path: [...weightsPath, version], message: functionNotFound(fn.name, version) });
      } else if (version === alias.functionVersion) {
        issues.push({
          path: [...weightsPath, version],
          message: "The additional version must differ from the alias's primary functionVersion",
        });
      }
    }
  });
}

/** The version a qualifier names, "$LATEST" for $LATEST or an alias to it, undefined if unknown. */
function qualifierTarget(fn: FunctionConfig, qualifier: string): string | undefined {
  if (qualifier === "$LATEST") return "$LATEST";
  if (fn.versions.includes(qualifier)) return qualifier;
  return fn.aliases.find((alias) => alias.name === qualifier)?.functionVersion;
}

function checkProvisioned(fn: FunctionConfig, base: (string | number)[], issues: RawIssue[]): void {
  const seen = new Set<string>();
  let total = 0;
  fn.provisionedConcurrency.forEach((config, p) => {
    const at = [...base, "provisionedConcurrency", p];
    const target = qualifierTarget(fn, config.qualifier);
    if (target === undefined) {
      issues.push({ path: [...at, "qualifier"], message: functionNotFound(fn.name, config.qualifier) });
    } else if (target === "$LATEST") {
      issues.push({
        path: [...at, "qualifier"],
        message: "Provisioned Concurrency Configs cannot be applied to unpublished function versions.",
      });
    }
    if (seen.has(config.qualifier)) {
      issues.push({
        path: [...at, "qualifier"],
        message: `Provisioned concurrency is already configured for ${fn.name}:${config.qualifier}`,
      });
    }
    seen.add(config.qualifier);
    const tracking = config.targetTracking;
    if (tracking && tracking.min > tracking.max) {
      issues.push({ path: [...at, "targetTracking", "min"], message: "MinCapacity cannot be greater than MaxCapacity" });
    }
    total += peakProvisioned(config);
    const reserved = fn.reservedConcurrentExecutions;
    if (reserved !== undefined && total > reserved) {
      issues.push({
        path: [...at, "provisionedConcurrentExecutions"],
        message: `Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function (total ${total} > ${reserved}, counting schedule and target-tracking maxima)`,
      });
    }
  });
}

function checkAsyncConfig(fn: FunctionConfig, base: (string | number)[], issues: RawIssue[]): void {
  const { maximumRetryAttempts: retries, maximumEventAgeInSeconds: age } = fn.asyncInvokeConfig;
  const at = [...base, "asyncInvokeConfig"];
  if (retries < 0) issues.push({ path: [...at, "maximumRetryAttempts"], message: awsRangeMessage("maximumRetryAttempts", retries, ">=", 0) });
  if (retries > 2) issues.push({ path: [...at, "maximumRetryAttempts"], message: awsRangeMessage("maximumRetryAttempts", retries, "<=", 2) });
  if (age < 60) issues.push({ path: [...at, "maximumEventAgeInSeconds"], message: awsRangeMessage("maximumEventAgeInSeconds", age, ">=", 60) });
  if (age > 21_600) issues.push({ path: [...at, "maximumEventAgeInSeconds"], message: awsRangeMessage("maximumEventAgeInSeconds", age, "<=", 21_600) });
}

function checkDuration(fn: FunctionConfig, base: (string | number)[], issues: RawIssue[]): void {
  const spec = fn.durationMs;
  if (typeof spec === "number") return;
  if (spec.distribution === "uniform" && spec.minMs > spec.maxMs) {
    issues.push({ path: [...base, "durationMs", "maxMs"], message: "maxMs must be at least minMs" });
  }
  if (spec.distribution === "lognormal" && spec.p95Ms < spec.medianMs) {
    issues.push({ path: [...base, "durationMs", "p95Ms"], message: "p95Ms must be at least medianMs" });
  }
}

/** Reserved concurrency and the provisioned concurrency of functions without it must leave the minimum unreserved. */
function checkAccountPools(scenario: Scenario, issues: RawIssue[]): void {
  const limit = scenario.account.concurrencyLimit;
  const minimum = minimumUnreserved(limit);
  let reserved = 0;
  scenario.functions.forEach((fn, f) => {
    if (fn.reservedConcurrentExecutions === undefined) return;
    reserved += fn.reservedConcurrentExecutions;
    if (limit - reserved < minimum) {
      issues.push({
        path: ["functions", f, "reservedConcurrentExecutions"],
        message: `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`,
      });
      // AWS refuses this call, so later functions are judged against the pool without it.
      reserved -= fn.reservedConcurrentExecutions;
    }
  });
  let provisioned = 0;
  scenario.functions.forEach((fn, f) => {
    if (fn.reservedConcurrentExecutions !== undefined) return;
    fn.provisionedConcurrency.forEach((config, p) => {
      provisioned += peakProvisioned(config);
      if (limit - reserved - provisioned < minimum) {
        issues.push({
          path: ["functions", f, "provisionedConcurrency", p, "provisionedConcurrentExecutions"],
          message: `Requested Provisioned Concurrency decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`,
        });
        provisioned -= peakProvisioned(config);
      }
    });
  });
}

function windowOf(pattern: TrafficPattern): { start: number; end?: number } | undefined {
  switch (pattern.kind) {
    case "constant":
    case "poisson":
    case "ramp":
      return { start: pattern.startSecond, end: pattern.endSecond };
    case "steps":
      return { start: pattern.steps[0]?.atSecond ?? 0, end: pattern.endSecond };
    case "burst":
      return undefined;
  }
}

function checkPattern(pattern: TrafficPattern, durationSeconds: number, at: (string | number)[], issues: RawIssue[]): void {
  if (pattern.kind === "burst") {
    if (pattern.atSecond >= durationSeconds) {
      issues.push({ path: [...at, "atSecond"], message: `atSecond must lie inside the traffic window [0, ${durationSeconds})` });
    }
    return;
  }
  if (pattern.kind === "steps") {
    pattern.steps.forEach((step, s) => {
      const previous = pattern.steps[s - 1];
      if (previous && step.atSecond <= previous.atSecond) {
        issues.push({ path: [...at, "steps", s, "atSecond"], message: "Steps must be in increasing atSecond order" });
      }
    });
  }
  const window = windowOf(pattern);
  if (!window) return;
  const end = window.end ?? durationSeconds;
  if (end > durationSeconds) {
    issues.push({ path: [...at, "endSecond"], message: `endSecond must not exceed durationSeconds (${durationSeconds})` });
  } else if (window.start >= end) {
    const field = pattern.kind === "steps" ? "endSecond" : "startSecond";
    issues.push({ path: [...at, field], message: "The pattern's window is empty: its start must come before endSecond" });
  }
}

function checkTraffic(scenario: Scenario, issues: RawIssue[]): void {
  const byName = new Map(scenario.functions.map((fn) => [fn.name, fn]));
  let offered = 0;
  scenario.traffic.forEach((traffic, t) => {
    const at = ["traffic", t];
    const fn = byName.get(traffic.function);
    if (!fn) {
      issues.push({ path: [...at, "function"], message: functionNotFound(traffic.function) });
    } else if (qualifierTarget(fn, traffic.qualifier) === undefined) {
      issues.push({ path: [...at, "qualifier"], message: functionNotFound(fn.name, traffic.qualifier) });
    }
    const before = issues.length;
    checkPattern(traffic.pattern, scenario.durationSeconds, [...at, "pattern"], issues);
    if (issues.length === before) offered += expectedArrivals(traffic.pattern, scenario.durationSeconds);
  });
  if (offered > MAX_OFFERED_INVOCATIONS) {
    issues.push({
      path: ["traffic"],
      message: `The traffic offers about ${Math.round(offered).toLocaleString("en-US")} invocations; the simulator accepts at most ${MAX_OFFERED_INVOCATIONS.toLocaleString("en-US")} per scenario`,
    });
  }
}

export function checkScenario(scenario: Scenario): RawIssue[] {
  const issues: RawIssue[] = [];
  const names = new Set<string>();
  scenario.functions.forEach((fn, f) => {
    const base = ["functions", f];
    if (names.has(fn.name)) issues.push({ path: [...base, "name"], message: `Function already exist: ${fn.name}` });
    names.add(fn.name);
    if (new Set(fn.versions).size !== fn.versions.length) {
      issues.push({ path: [...base, "versions"], message: "Published versions must be unique" });
    }
    checkDuration(fn, base, issues);
    checkAliases(fn, base, issues);
    checkProvisioned(fn, base, issues);
    checkAsyncConfig(fn, base, issues);
  });
  checkAccountPools(scenario, issues);
  checkTraffic(scenario, issues);
  return issues;
}
