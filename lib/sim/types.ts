/**
 * Public types of the simulator: the scenario it reads and the result it returns.
 * Metric names follow CloudWatch (reference 7.2) so lessons can use them verbatim.
 */
import type { z } from "zod";
import type { SimAssumption } from "./assumptions";
import type { baseScenarioSchema, durationSchema, patternSchema } from "./schema";

export type { AssumptionId, SimAssumption } from "./assumptions";

/** A validated scenario, defaults applied (what `validateScenario` returns). */
export type Scenario = z.output<typeof baseScenarioSchema>;
/** A scenario as written in JSON (optional fields may be left out). */
export type ScenarioInput = z.input<typeof baseScenarioSchema>;
export type FunctionConfig = Scenario["functions"][number];
export type AliasConfig = FunctionConfig["aliases"][number];
export type ProvisionedConcurrencyConfig = FunctionConfig["provisionedConcurrency"][number];
export type AsyncInvokeConfig = FunctionConfig["asyncInvokeConfig"];
export type TrafficConfig = Scenario["traffic"][number];
export type TrafficPattern = z.output<typeof patternSchema>;
export type DurationSpec = z.output<typeof durationSchema>;
export type InvocationType = TrafficConfig["invocationType"];

/** One configuration error, with a field path such as "functions[0].reservedConcurrentExecutions". */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] };

/**
 * The Reason of a 429 TooManyRequestsException (reference 3.1), plus "ScalingRate": AWS documents
 * no Reason for throttles caused by the 1,000-environments-per-10-s scaling rate, so the simulator
 * reports them under this label of its own.
 */
export type ThrottleReason =
  | "ConcurrentInvocationLimitExceeded"
  | "ReservedFunctionConcurrentInvocationLimitExceeded"
  | "FunctionInvocationRateLimitExceeded"
  | "ReservedFunctionInvocationRateLimitExceeded"
  | "ScalingRate";

/** requestContext.condition of a failed asynchronous event (reference 4.5). */
export type AsyncFailureCondition = "RetriesExhausted" | "EventAgeExceeded";

/** Latency of synchronous requests that ran (init + duration), in ms; null when none ran. */
export interface LatencyPercentiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

export interface FunctionMetrics {
  /** Runs of the function code, retries included; throttled attempts are never invocations. */
  Invocations: number;
  /** Throttled invocation attempts (sync requests and async queue attempts alike). */
  Throttles: number;
  /** Runs that ended in a function error. */
  Errors: number;
  /** Maximum concurrent executions at any instant. */
  ConcurrentExecutions: number;
  /** Runs that needed a new execution environment (Init phase). */
  ColdStarts: number;
  ProvisionedConcurrencyInvocations: number;
  ProvisionedConcurrencySpilloverInvocations: number;
  AsyncEventsReceived: number;
  /** Events that never ran successfully (age-out, retries exhausted, R = 0), DLQ'd or not. */
  AsyncEventsDropped: number;
  /** Maximum age of an event when an attempt started running it (CloudWatch AsyncEventAge). */
  AsyncEventAgeMaxSeconds: number;
  DeadLetterDeliveries: number;
  DestinationDeliveries: number;
  /** Not a CloudWatch metric: events that ended in a successful run (for conservation). */
  AsyncEventsSucceeded: number;
  /** Not a CloudWatch metric: dropped events by the condition a destination record would carry. */
  AsyncFailuresByCondition: Record<AsyncFailureCondition, number>;
  /** Synchronous requests offered by the traffic (each is invoked or throttled, never retried). */
  SyncRequests: number;
  SyncThrottled: number;
  SyncLatencyMs: LatencyPercentiles;
  ThrottlesByReason: Partial<Record<ThrottleReason, number>>;
  /** Invocations per executed version ("$LATEST", "1", ...). */
  ByVersion: Record<string, { Invocations: number }>;
}

export interface AccountMetrics {
  /** Maximum concurrent executions over all functions at any instant. */
  ConcurrentExecutions: number;
  /** Maximum concurrent executions of functions without reserved concurrency. */
  UnreservedConcurrentExecutions: number;
  Throttles: number;
}

/** Per-function series, one sample per timeline step. */
export interface FunctionSeries {
  /** Maximum concurrent executions during the step. */
  concurrency: number[];
  /** Runs started during the step. */
  invocations: number[];
  throttles: number[];
  coldStarts: number[];
  errors: number[];
  /** Maximum number of async events waiting in the internal queue during the step. */
  asyncQueueDepth: number[];
  /** Maximum provisioned concurrency ready to serve during the step (all qualifiers). */
  provisionedConcurrency: number[];
}

export interface AccountSeries {
  concurrency: number[];
  unreservedConcurrency: number[];
  invocations: number[];
  throttles: number[];
}

export interface Timeline {
  /**
   * Seconds per sample: 1, unless the run is longer than the timeline's fixed capacity, in which
   * case neighbouring samples are merged (sums for counts, maxima for levels) and this doubles.
   */
  resolutionSeconds: number;
  /** Start second of each sample. */
  seconds: number[];
  functions: Record<string, FunctionSeries>;
  account: AccountSeries;
}

export type SimEventKind =
  | "throttle"
  | "cold-start"
  | "spillover"
  | "function-error"
  | "async-retry"
  | "dead-letter-delivery"
  | "destination-delivery"
  | "async-event-discarded"
  | "idle-reclaim"
  | "provisioned-concurrency-requested"
  | "provisioned-concurrency-ready";

/** A notable moment: the first of each kind per function, and each provisioned concurrency change. */
export interface SimEvent {
  timeSeconds: number;
  function: string;
  kind: SimEventKind;
  qualifier?: string;
  reason?: ThrottleReason;
  condition?: AsyncFailureCondition;
  /** Provisioned concurrency events: the setting concerned. */
  provisionedConcurrentExecutions?: number;
}

export interface SimResult {
  functions: Record<string, FunctionMetrics>;
  account: AccountMetrics;
  timeline: Timeline;
  /** Bounded list, sorted by time. */
  events: SimEvent[];
  /** Modelling choices where AWS documents nothing, as they apply to this scenario: a stable id (for translations) and the English text. */
  assumptions: SimAssumption[];
}
