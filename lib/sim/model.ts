/**
 * A validated scenario compiled into index-based structures for the engine: versions become small
 * integers, qualifiers are resolved to versions and provisioned concurrency pools once, up front.
 */
import { createDurationSampler, type DurationSampler } from "./durations";
import { ProvisionedPool } from "./provisioned";
import { foldSeed } from "./random";
import { msToUs, secondsToUs } from "./time";
import type { FunctionConfig, Scenario } from "./types";

export type FailureHandling = "dlq" | "destination" | "none";

export interface FunctionModel {
  name: string;
  /** Reserved concurrency, or -1 when the function draws from the unreserved pool. */
  reserved: number;
  /** Version names by index; index 0 is always "$LATEST". */
  versions: string[];
  /** Durations and times in integer µs (time.ts). */
  sampleDuration: DurationSampler;
  initUs: number;
  idleUs: number;
  errorRate: number;
  maxRetries: number;
  maxEventAgeUs: number;
  onFailure: FailureHandling;
}

/** Where a traffic entry's requests go: a function and its version(s). */
export interface TargetModel {
  fn: number;
  qualifier: string;
  /** Version index the qualifier points to. */
  primary: number;
  /** A weighted alias's additional version index, or -1. */
  additional: number;
  /** Probability of routing a request to `additional`. */
  weight: number;
}

/** A provisioned pool able to serve a version, and the pool's slot for that version. */
export interface PoolSlot {
  pool: number;
  slot: number;
}

export interface TrafficModel {
  target: TargetModel;
  async: boolean;
}

export interface ScheduledChange {
  atUs: number;
  pool: number;
  value: number;
}

export interface Model {
  functions: FunctionModel[];
  traffic: TrafficModel[];
  pools: ProvisionedPool[];
  /**
   * Provisioned pools per function and version index. Provisioned environments belong to a
   * version (AWS allocates an alias's provisioned concurrency to the version it points to), so a
   * call through any qualifier that runs that version can use them.
   */
  versionPools: PoolSlot[][][];
  /** Scheduled provisioned concurrency actions, in time order. */
  schedule: ScheduledChange[];
  accountLimit: number;
  /** Account limit minus all reserved concurrency. */
  unreservedPool: number;
}

function resolveQualifier(fn: FunctionConfig, fnIndex: number, qualifier: string, versions: string[]): TargetModel {
  const versionIndex = (name: string) => versions.indexOf(name);
  const alias = fn.aliases.find((candidate) => candidate.name === qualifier);
  if (!alias) return { fn: fnIndex, qualifier, primary: versionIndex(qualifier), additional: -1, weight: 0 };
  const [additional, weight] = Object.entries(alias.additionalVersionWeights ?? {})[0] ?? [undefined, 0];
  return {
    fn: fnIndex,
    qualifier,
    primary: versionIndex(alias.functionVersion),
    additional: additional === undefined ? -1 : versionIndex(additional),
    weight,
  };
}

export function compile(scenario: Scenario): Model {
  const seed = foldSeed(scenario.seed);
  const pools: ProvisionedPool[] = [];
  const schedule: ScheduledChange[] = [];
  const versionPools: PoolSlot[][][] = [];
  const functions = scenario.functions.map((fn, f): FunctionModel => {
    const versions = ["$LATEST", ...fn.versions];
    const byVersion: PoolSlot[][] = versions.map(() => []);
    versionPools.push(byVersion);
    for (const config of fn.provisionedConcurrency) {
      const target = resolveQualifier(fn, f, config.qualifier, versions);
      const index = pools.length;
      pools.push(
        new ProvisionedPool(
          f,
          config.qualifier,
          [target.primary, target.additional],
          target.weight,
          config.provisionedConcurrentExecutions,
          config.targetTracking,
        ),
      );
      byVersion[target.primary]!.push({ pool: index, slot: 0 });
      if (target.additional >= 0) byVersion[target.additional]!.push({ pool: index, slot: 1 });
      for (const entry of config.schedule) {
        schedule.push({ atUs: secondsToUs(entry.atSecond), pool: index, value: entry.provisionedConcurrentExecutions });
      }
    }
    return {
      name: fn.name,
      reserved: fn.reservedConcurrentExecutions ?? -1,
      versions,
      sampleDuration: createDurationSampler(fn.durationMs, seed),
      initUs: msToUs(fn.initDurationMs),
      idleUs: secondsToUs(fn.idleTimeoutSeconds),
      errorRate: fn.errorRate,
      maxRetries: fn.asyncInvokeConfig.maximumRetryAttempts,
      maxEventAgeUs: secondsToUs(fn.asyncInvokeConfig.maximumEventAgeInSeconds),
      onFailure: fn.asyncInvokeConfig.onFailure,
    };
  });
  const fnIndex = new Map(scenario.functions.map((fn, f) => [fn.name, f]));
  const traffic = scenario.traffic.map((entry): TrafficModel => {
    const f = fnIndex.get(entry.function)!;
    const config = scenario.functions[f]!;
    return {
      target: resolveQualifier(config, f, entry.qualifier, functions[f]!.versions),
      async: entry.invocationType === "Event",
    };
  });
  schedule.sort((x, y) => x.atUs - y.atUs);
  const reservedTotal = functions.reduce((sum, fn) => sum + Math.max(0, fn.reserved), 0);
  return {
    functions,
    traffic,
    pools,
    versionPools,
    schedule,
    accountLimit: scenario.account.concurrencyLimit,
    unreservedPool: scenario.account.concurrencyLimit - reservedTotal,
  };
}
