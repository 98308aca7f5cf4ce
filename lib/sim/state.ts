/** Mutable per-function and account state of a run: current levels plus metric counters. */
import { IdlePool } from "./idle-pool";
import { Reservoir } from "./reservoir";
import type { AsyncFailureCondition, ThrottleReason } from "./types";

/** Throttle reasons by code; the engine counts them in a typed array indexed by code. */
export const THROTTLE_REASONS: readonly ThrottleReason[] = [
  "ConcurrentInvocationLimitExceeded",
  "ReservedFunctionConcurrentInvocationLimitExceeded",
  "FunctionInvocationRateLimitExceeded",
  "ReservedFunctionInvocationRateLimitExceeded",
  "ScalingRate",
];
export const Reason = {
  AccountConcurrency: 0,
  ReservedConcurrency: 1,
  AccountRate: 2,
  ReservedRate: 3,
  ScalingRate: 4,
} as const;

export const FAILURE_CONDITIONS: readonly AsyncFailureCondition[] = ["RetriesExhausted", "EventAgeExceeded"];
export const Condition = { RetriesExhausted: 0, EventAgeExceeded: 1 } as const;

/** Scaling rate (reference 2.1): a bucket of 1,000 new environments refilled at 100 per second. */
export const SCALING_BUCKET = 1_000;
export const SCALING_REFILL_PER_MS = 100 / 1_000;

export class FunctionState {
  // Levels.
  onDemandBusy = 0;
  provisionedBusy = 0;
  /** Sum of the claims of this function's provisioned pools (see ProvisionedPool.claim). */
  provisionedClaim = 0;
  /** Provisioned environments ready to serve, over all pools of the function. */
  provisionedReady = 0;
  /** Async events waiting in the internal queue for a retry. */
  asyncWaiting = 0;
  /** Runs started in the current one-second window (for the 10 x R request rate). */
  windowRuns = 0;
  /** When the function's provisioned concurrency allocator is free (allocations queue per function). */
  allocationFreeAt = 0;
  scalingTokens = SCALING_BUCKET;
  scalingTokensAt = 0;
  /** Warm on-demand environments per version index. */
  readonly idle: IdlePool[];
  readonly latency = new Reservoir();

  // Counters (CloudWatch metrics and the simulator's own).
  invocations = 0;
  errors = 0;
  maxConcurrency = 0;
  coldStarts = 0;
  provisionedInvocations = 0;
  spilloverInvocations = 0;
  asyncReceived = 0;
  asyncSucceeded = 0;
  asyncDropped = 0;
  asyncAgeMaxMs = 0;
  deadLetterDeliveries = 0;
  destinationDeliveries = 0;
  syncRequests = 0;
  syncThrottled = 0;
  readonly throttlesByReason = new Float64Array(THROTTLE_REASONS.length);
  readonly failuresByCondition = new Float64Array(FAILURE_CONDITIONS.length);
  readonly invocationsByVersion: Float64Array;

  constructor(versionCount: number) {
    this.idle = Array.from({ length: versionCount }, () => new IdlePool());
    this.invocationsByVersion = new Float64Array(versionCount);
  }

  get busy(): number {
    return this.onDemandBusy + this.provisionedBusy;
  }

  get throttles(): number {
    return this.throttlesByReason.reduce((sum, n) => sum + n, 0);
  }

  /** Takes one scaling token if the continuously refilled bucket has one. */
  takeScalingToken(now: number): boolean {
    this.scalingTokens = Math.min(SCALING_BUCKET, this.scalingTokens + (now - this.scalingTokensAt) * SCALING_REFILL_PER_MS);
    this.scalingTokensAt = now;
    if (this.scalingTokens < 1) return false;
    this.scalingTokens -= 1;
    return true;
  }
}

export class AccountState {
  busy = 0;
  /** Busy executions of functions without reserved concurrency. */
  unreservedBusy = 0;
  /** Unreserved pool in use: on-demand busy plus provisioned claims of functions without R. */
  unreservedClaim = 0;
  windowRuns = 0;
  maxBusy = 0;
  maxUnreservedBusy = 0;
  throttles = 0;
}
