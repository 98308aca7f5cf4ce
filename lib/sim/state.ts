/** Mutable per-function and account state of a run: current levels plus metric counters. */
import { IdlePool } from "./idle-pool";
import { Reservoir } from "./reservoir";
import { US_PER_SECOND } from "./time";
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
  /** FunctionInvocationRateLimitExceeded: the account's 10 x limit, or the function's request-rate scaling budget. */
  FunctionRate: 2,
  ReservedRate: 3,
  ScalingRate: 4,
} as const;

export const FAILURE_CONDITIONS: readonly AsyncFailureCondition[] = ["RetriesExhausted", "EventAgeExceeded"];
export const Condition = { RetriesExhausted: 0, EventAgeExceeded: 1 } as const;

/**
 * A continuously refilled budget of tokens (reference 2.1), kept exactly: the budget is held as
 * microseconds of refill, one token being worth `usPerToken`, so no fraction is ever rounded.
 * Unused budget never accumulates beyond `capacity` tokens.
 */
export class ScalingBudget {
  private credit: number;
  private readonly cap: number;
  private at = 0;

  constructor(
    readonly capacity: number,
    private readonly usPerToken: number,
  ) {
    this.cap = capacity * usPerToken;
    this.credit = this.cap;
  }

  /** Whether a token is available at `now` (refills up to now first). */
  available(now: number): boolean {
    if (this.credit < this.cap) this.credit = Math.min(this.cap, this.credit + (now - this.at));
    this.at = now;
    return this.credit >= this.usPerToken;
  }

  /** Spends one token; only after `available` returned true at the same instant. */
  take(): void {
    this.credit -= this.usPerToken;
  }

  /** Whole tokens left at the last `available` call (for tests). */
  get tokens(): number {
    return Math.floor(this.credit / this.usPerToken);
  }
}

/** Environment half: 1,000 new environments, refilled 100 per second (one per 10 ms). */
export const ENVIRONMENT_BUDGET = 1_000;
export const ENVIRONMENT_REFILL_PER_SECOND = 100;
/** Request-rate half: 10,000 requests per second of added rate, refilled 1,000 rps per second. */
export const RATE_BUDGET = 10_000;
export const RATE_REFILL_PER_SECOND = 1_000;

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
  /** On-demand runs started in the current and in the previous one-second window (the rate budget). */
  windowOnDemand = 0;
  previousOnDemand = 0;
  /** When the function's provisioned concurrency allocator is free (allocations queue per function). */
  allocationFreeAt = 0;
  readonly environmentBudget = new ScalingBudget(ENVIRONMENT_BUDGET, US_PER_SECOND / ENVIRONMENT_REFILL_PER_SECOND);
  readonly rateBudget = new ScalingBudget(RATE_BUDGET, US_PER_SECOND / RATE_REFILL_PER_SECOND);
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
  asyncAgeMaxUs = 0;
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
