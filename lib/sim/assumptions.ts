/**
 * The modelling choices the simulator makes where AWS documents nothing (or only a range), as
 * { id, English sentence } entries for result.assumptions. Each applies when its condition holds for the scenario, so a
 * result lists the choices that shaped it. The constants they quote live next to the code using them.
 */
import { THROTTLE_BACKOFF_CAP_US, THROTTLE_BACKOFF_JITTER } from "./async-events";
import { BATCH_WINDOW_FRACTION } from "./retry-batches";
import { PC_ALLOCATION_DELAY_US, PC_ALLOCATION_US_PER_ENVIRONMENT, SCALE_IN_FRACTION, TRACKING_DATAPOINTS } from "./provisioned";
import { RESERVOIR_SIZE } from "./reservoir";
import { ENVIRONMENT_BUDGET, ENVIRONMENT_REFILL_PER_SECOND, RATE_BUDGET, RATE_REFILL_PER_SECOND } from "./state";
import { US_PER_MINUTE, US_PER_SECOND } from "./time";
import { TIMELINE_CAPACITY } from "./timeline";
import type { Scenario } from "./types";

/**
 * Stable ids of the modelling choices, in the order a result lists them. The UI translates by id
 * (messages/<locale>/simulator.json, assumptions.items.<id>); the English text stays here.
 */
export const assumptionIds = [
  "scaling-rate-bucket",
  "request-rate-windows",
  "warm-environments",
  "same-instant-order",
  "exact-time",
  "deterministic-arrivals",
  "timeline-samples",
  "small-account-unreserved-minimum",
  "seeded-randomness",
  "lognormal-durations",
  "sync-latency-percentiles",
  "async-retry-backoff",
  "async-internal-queue",
  "async-reserved-zero",
  "async-not-simulated",
  "provisioned-allocation",
  "provisioned-per-version",
  "provisioned-weighted-alias",
  "target-tracking",
  "scheduled-with-target-tracking",
] as const;
export type AssumptionId = (typeof assumptionIds)[number];

/** One modelling choice as a result carries it: a stable id and its English wording. */
export interface SimAssumption {
  id: AssumptionId;
  text: string;
}

interface Rule {
  applies: (scenario: Scenario) => boolean;
  text: string;
}

const always = () => true;
const count = (n: number) => n.toLocaleString("en-US");
const hasAsync = (s: Scenario) => s.traffic.some((t) => t.invocationType === "Event");
const hasSync = (s: Scenario) => s.traffic.some((t) => t.invocationType === "RequestResponse");
const hasProvisioned = (s: Scenario) => s.functions.some((fn) => fn.provisionedConcurrency.length > 0);
const hasTracking = (s: Scenario) => s.functions.some((fn) => fn.provisionedConcurrency.some((pc) => pc.targetTracking));
const hasWeights = (s: Scenario) =>
  s.functions.some((fn) => fn.aliases.some((alias) => Object.keys(alias.additionalVersionWeights ?? {}).length > 0));
const isRandom = (s: Scenario) =>
  s.traffic.some((t) => t.pattern.kind === "poisson") ||
  hasWeights(s) ||
  s.functions.some((fn) => fn.errorRate > 0 || typeof fn.durationMs !== "number");

const CATALOGUE: Record<AssumptionId, Rule> = {
  "scaling-rate-bucket": {
    applies: always,
    text: `Scaling rate: each function has two budgets, both refilled continuously, both binding, and never accumulating beyond their caps: ${count(ENVIRONMENT_BUDGET)} new execution environments (refilled ${ENVIRONMENT_REFILL_PER_SECOND} per second) and ${count(RATE_BUDGET)} requests per second of added rate (refilled ${count(RATE_REFILL_PER_SECOND)} rps per second). AWS publishes no formula for the request-rate half; the simulator charges it so: an on-demand invocation costs one rate token when, in the current one-second window, the function has already started at least as many on-demand invocations as in the whole previous window (it raises the function's rate); running at up to the previous second's rate costs nothing. A cold jump to 20,000 rps is thus accommodated at about ${count(RATE_BUDGET)} rps at first, then about ${count(RATE_REFILL_PER_SECOND)} rps more each second. Provisioned environments cost neither budget; a warm environment costs no environment token. The request-rate half is checked first: a call it refuses is throttled with FunctionInvocationRateLimitExceeded, the Reason AWS gives when a function's invocation rate is exceeded (not the Reserved... reason, as this limit applies with or without reserved concurrency); a call refused for lack of an environment token is reported as "ScalingRate", the simulator's label, as AWS documents no Reason for it.`,
  },
  "request-rate-windows": {
    applies: always,
    text: "Request-rate limits are counted per one-second window of simulated time, aligned to whole seconds: at most 10 x the account limit invocations start per second in the account (FunctionInvocationRateLimitExceeded) and 10 x R per function with reserved concurrency (ReservedFunctionInvocationRateLimitExceeded). Only invocations that start count; throttled attempts do not use up the rate. CallerRateLimitExceeded is not modelled. The concurrency limit is checked before the rate limits.",
  },
  "warm-environments": {
    applies: always,
    text: "Warm environments: an idle on-demand environment of a version is kept for the function's idleTimeoutSeconds (AWS documents no figure), then reclaimed; the most recently used idle environment serves the next request. Init time is added on cold starts only and occupies concurrency.",
  },
  "same-instant-order": {
    applies: always,
    text: "Events at the same instant are handled in a fixed order: second boundary, run completions, provisioned concurrency changes, async event expiries, async retries, new arrivals. An environment freed at time t can serve a request arriving at t.",
  },
  "exact-time": {
    applies: always,
    text: "Simulated time is kept in whole microseconds, so sums are exact and a run that ends at t frees its environment for an arrival at t. Durations and times given in milliseconds or seconds with a finer fraction are rounded to the nearest microsecond (halves up), as are sampled durations and retry waits; results report times with millisecond precision.",
  },
  "deterministic-arrivals": {
    applies: always,
    text: "Deterministic traffic patterns place the i-th arrival where the offered count reaches i, rounded down to the microsecond, in the half-open window [start, end): constant 100 rps over 1 s gives arrivals at 0, 10, ..., 990 ms; a burst arrives all at once.",
  },
  "timeline-samples": {
    applies: always,
    text: `Timeline samples cover one simulated second each (maxima for concurrency, queue depth and provisioned concurrency; sums for counts); a run longer than ${count(TIMELINE_CAPACITY)} s merges samples pairwise and reports the coarser resolutionSeconds.`,
  },
  "small-account-unreserved-minimum": {
    applies: (s) => s.account.concurrencyLimit < 100,
    text: "For an account limit below 100 the unreserved minimum is taken as the whole limit (the smaller of 100 and the limit): AWS documents only 100, but its error messages for small accounts name smaller minimums such as [10] and [50].",
  },
  "seeded-randomness": {
    applies: isRandom,
    text: "Randomness (Poisson arrivals, duration distributions, function errors, weighted-alias routing, retry jitter) comes from a generator seeded by scenario.seed and keyed by the request and attempt, so the same scenario and seed always give the same result.",
  },
  "lognormal-durations": {
    applies: (s) => s.functions.some((fn) => typeof fn.durationMs !== "number" && fn.durationMs.distribution === "lognormal"),
    text: "Lognormal durations use sigma = ln(p95 / median) / 1.645 and are cut at 900 s, Lambda's maximum timeout (such a run still counts as completed).",
  },
  "sync-latency-percentiles": {
    applies: hasSync,
    text: `SyncLatencyMs (init on a cold start + duration; throttled requests have none) uses nearest-rank percentiles of a uniform reservoir sample of ${count(RESERVOIR_SIZE)} runs per function with seeded replacement: exact up to that many runs, an estimate beyond.`,
  },
  "async-retry-backoff": {
    applies: hasAsync,
    text: `Async throttles are retried after 1 s, 2 s, 4 s ... capped at ${THROTTLE_BACKOFF_CAP_US / US_PER_SECOND} s, each wait shortened by a seeded jitter of up to ${THROTTLE_BACKOFF_JITTER * 100}%; function errors are retried 60 s and then 120 s after the failed run ends. So that the cost of a scenario does not multiply with retries, throttled events are retried in batches: events of one traffic entry throttled within the same ${BATCH_WINDOW_FRACTION * 100}% of the first step (100 ms) wait together; each backoff step of a batch opens a due window, ${BATCH_WINDOW_FRACTION * 100}% of the step longer than the last (at most one whole step), during which its events are retried in order whenever the function may have room (when the window opens, at each completion of the function's runs, at each second boundary); an event still waiting when the window closes counts one throttle and moves to the next step. When one event of the batch is throttled, the others are not tried at that instant. The event's age is checked before every attempt, and a retry never waits past the maximum event age: the event then fails with EventAgeExceeded at that moment.`,
  },
  "async-internal-queue": {
    applies: hasAsync,
    text: "The internal queue attempts an event as soon as it arrives and again at each retry time; it does not wait for free concurrency. asyncQueueDepth counts events waiting for a retry. AsyncEventsDropped counts every event that never ran successfully, including those delivered to a DLQ or destination, as CloudWatch does; AsyncEventAgeMaxSeconds is the age when an attempt started running.",
  },
  "async-reserved-zero": {
    applies: (s) => hasAsync(s) && s.functions.some((fn) => fn.reservedConcurrentExecutions === 0),
    text: "With reserved concurrency 0 an async event is throttled once and goes to failure handling at once, with the condition RetriesExhausted (AWS documents no condition for this case).",
  },
  "async-not-simulated": {
    applies: hasAsync,
    text: "At-least-once duplicate deliveries of async events, and Lambda system errors (5xx, retried like throttles), are not simulated.",
  },
  "provisioned-allocation": {
    applies: hasProvisioned,
    text: `Provisioned concurrency declared in the scenario is ready at second 0. A change (schedule or target tracking) starts allocating ${PC_ALLOCATION_DELAY_US / US_PER_SECOND} s after it is requested (AWS: 1-2 minutes), allocates ${count(US_PER_MINUTE / PC_ALLOCATION_US_PER_ENVIRONMENT)} environments per minute per function (allocations of several configurations queue) and serves only once complete; a decrease applies after the same ${PC_ALLOCATION_DELAY_US / US_PER_SECOND} s. From the request on, the larger of the old and new setting counts against R or the unreserved pool.`,
  },
  "provisioned-per-version": {
    applies: hasProvisioned,
    text: "Provisioned environments belong to a version: a call through an alias or straight to the version can use any provisioned environment of the version it runs. Each serves at most 10 requests per second; calls beyond that or above the ready environments spill over to on-demand (and can cold-start), or throttle where R leaves no room (ReservedFunctionInvocationRateLimitExceeded when a provisioned environment was free and only its request rate was spent). A change never preempts running work: after an increase, new provisioned environments serve only as far as the limit has room.",
  },
  "provisioned-weighted-alias": {
    applies: (s) => hasProvisioned(s) && hasWeights(s),
    text: "A weighted alias's provisioned concurrency is split by weight: the additional version gets round(PC x weight) environments, the primary version the rest.",
  },
  "target-tracking": {
    applies: hasTracking,
    text: `Target tracking: one datapoint per minute, the time-weighted average of busy / ready provisioned environments of the configuration (at most 1, so spillover is invisible to it). Scale out when the last ${TRACKING_DATAPOINTS} datapoints are above the target, scale in when they are all below ${SCALE_IN_FRACTION * 100}% of it, to ceil(ready x average / target) within [min, max]. No decision is made while a change is allocating, and only datapoints of minutes that start after a change took effect count; there is no other cooldown. A capacity outside [min, max] is brought inside at the next minute.`,
  },
  "scheduled-with-target-tracking": {
    applies: (s) => s.functions.some((fn) => fn.provisionedConcurrency.some((pc) => pc.targetTracking && pc.schedule.length > 0)),
    text: "A scheduled action on a configuration with target tracking sets its minimum capacity (raising the maximum if needed), as an Application Auto Scaling scheduled action does; without target tracking it sets the provisioned concurrency itself.",
  },
};

export function assumptionsFor(scenario: Scenario): SimAssumption[] {
  return assumptionIds.filter((id) => CATALOGUE[id].applies(scenario)).map((id) => ({ id, text: CATALOGUE[id].text }));
}

/** The English wording of every modelling choice by id (the messages' English must match it). */
export const ASSUMPTION_TEXTS: Readonly<Record<AssumptionId, string>> = Object.fromEntries(
  assumptionIds.map((id) => [id, CATALOGUE[id].text]),
) as Record<AssumptionId, string>;

/** Every modelling choice the simulator can make, for documentation and lessons. */
export const ALL_ASSUMPTIONS: readonly string[] = assumptionIds.map((id) => CATALOGUE[id].text);
