/**
 * Example scenarios, one per lesson topic. Lessons and exercises link to them by id, so ids are
 * stable; each file is plain scenario JSON (the same format as the CLI and the simulator page).
 */
import { scenarioSchema } from "../schema";
import type { Scenario } from "../types";
import asyncFunctionErrors from "./async-function-errors.json";
import asyncThrottleRetries from "./async-throttle-retries.json";
import canaryDeployment from "./canary-deployment.json";
import claimedConcurrency from "./claimed-concurrency.json";
import coldStarts from "./cold-starts.json";
import efsConnectionCap from "./efs-connection-cap.json";
import provisionedSchedule from "./provisioned-schedule.json";
import provisionedSpillover from "./provisioned-spillover.json";
import provisionedTargetTracking from "./provisioned-target-tracking.json";
import provisionedWithReserved from "./provisioned-with-reserved.json";
import rateLimitShortFunctions from "./rate-limit-short-functions.json";
import reservedProtects from "./reserved-protects.json";
import reservedZeroAsync from "./reserved-zero-async.json";
import scalingRate from "./scaling-rate.json";
import scalingRateShortFunction from "./scaling-rate-short-function.json";
import starvation from "./starvation.json";
import weightedAlias from "./weighted-alias.json";

const RAW = {
  starvation,
  "reserved-protects": reservedProtects,
  "reserved-zero-async": reservedZeroAsync,
  "async-throttle-retries": asyncThrottleRetries,
  "async-function-errors": asyncFunctionErrors,
  "cold-starts": coldStarts,
  "provisioned-spillover": provisionedSpillover,
  "provisioned-with-reserved": provisionedWithReserved,
  "provisioned-schedule": provisionedSchedule,
  "provisioned-target-tracking": provisionedTargetTracking,
  "weighted-alias": weightedAlias,
  "rate-limit-short-functions": rateLimitShortFunctions,
  "scaling-rate": scalingRate,
  "efs-connection-cap": efsConnectionCap,
  "scaling-rate-short-function": scalingRateShortFunction,
  "claimed-concurrency": claimedConcurrency,
  "canary-deployment": canaryDeployment,
} as const;

export type ExampleId = keyof typeof RAW;

export const exampleIds = Object.keys(RAW) as ExampleId[];

/** The examples, validated (defaults applied); a broken example fails loudly at import. */
export const exampleScenarios = Object.fromEntries(
  exampleIds.map((id) => [id, scenarioSchema.parse(RAW[id])]),
) as Record<ExampleId, Scenario>;
