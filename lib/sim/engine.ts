/**
 * The discrete-event engine: arrivals, admission against every Lambda limit, runs, async retries,
 * provisioned concurrency changes and per-second sampling, in integer simulated microseconds (time.ts).
 *
 * Admission of one invocation attempt, in order (reference sections 1, 2, 3, 5):
 *  1. a provisioned environment of the version, if one is free and under 10 requests/s each;
 *  2. otherwise on-demand room: R - (on-demand busy + provisioned claim) for a function with R,
 *     the unreserved pool (limit - sum R) for the others; none -> 429 for concurrency (for the
 *     reserved request rate instead when, with R, a provisioned environment was free and only its
 *     10 requests/s were spent);
 *  3. the request-rate limits per one-second window: 10 x account limit, and 10 x R;
 *  4. on-demand only, the scaling rate (reference 2.1), both halves: a run that raises the function's
 *     on-demand rate above the previous second's needs a request-rate token (else 429
 *     FunctionInvocationRateLimitExceeded); then a warm environment of the version, else a new one
 *     (cold start) if an environment token is left (else 429, reported as ScalingRate).
 */
import { AsyncEventStore, ERROR_RETRY_DELAYS_US, THROTTLE_BACKOFF_JITTER, THROTTLE_CAP_STEP, throttleStepUs } from "./async-events";
import { createArrivalSource, type ArrivalSource } from "./arrivals";
import { EventLog } from "./event-log";
import type { IdlePool } from "./idle-pool";
import { EventQueue, type QueuedEvent } from "./heap";
import type { Model, PoolSlot, TargetModel } from "./model";
import { PC_ALLOCATION_DELAY_US, PC_ALLOCATION_US_PER_ENVIRONMENT, PC_REQUESTS_PER_SECOND, type ProvisionedPool } from "./provisioned";
import { Purpose, foldSeed, streamOf, unit } from "./random";
import { RESERVOIR_SIZE } from "./reservoir";
import { RetryBatches } from "./retry-batches";
import { AccountState, Condition, FAILURE_CONDITIONS, FunctionState, Reason, THROTTLE_REASONS } from "./state";
import { US_PER_MINUTE, US_PER_MS, US_PER_SECOND, usToSeconds } from "./time";
import { AccountColumn, FUNCTION_COLUMNS, FunctionColumn, TimelineRecorder } from "./timeline";
import type { Scenario, SimEvent } from "./types";

/** Event kinds, in the order events of the same instant are handled. */
const Kind = {
  Tick: 0,
  Complete: 1,
  PoolReady: 2,
  Scheduled: 3,
  AsyncExpire: 4,
  AsyncAttempt: 5,
  AsyncBatchDue: 6,
  AsyncBatchEnd: 7,
  Arrival: 8,
} as const;

/** Requests per second per unit of concurrency limit (reference 1.5). */
const REQUESTS_PER_CONCURRENCY = 10;
/** A request's random key is arrival index x KEY_STRIDE + traffic entry index (at most 200 entries). */
const KEY_STRIDE = 256;

/** "First" event slots per function (see EventLog): throttle reasons take 0-4, conditions x 3 take 10-15. */
const Slot = {
  ColdStart: 5,
  Spillover: 6,
  FunctionError: 7,
  AsyncRetry: 8,
  IdleReclaim: 9,
  Failure: 10,
} as const;
const FAILURE_KINDS = ["dead-letter-delivery", "destination-delivery", "async-event-discarded"] as const;
/** findProvisioned's answer when the version has provisioned environments but none is usable. */
const ALL_BUSY: PoolSlot = { pool: -1, slot: -1 };
/** Like ALL_BUSY, but some provisioned environment was idle: only its 10 requests/s were spent. */
const RATE_SPENT: PoolSlot = { pool: -1, slot: -2 };

export interface EngineOutput {
  functions: FunctionState[];
  account: AccountState;
  recorder: TimelineRecorder;
  log: EventLog;
}

/** Test hook: called after every event with the state, to check invariants at each instant. */
export type InvariantProbe = (model: Model, functions: readonly FunctionState[], account: AccountState) => void;

export function runEngine(scenario: Scenario, model: Model, probe?: InvariantProbe): EngineOutput {
  return new Engine(scenario, model, probe).run();
}

class Engine {
  private readonly seed: number;
  private readonly functions: FunctionState[];
  private readonly account = new AccountState();
  private readonly queue = new EventQueue();
  private readonly events = new AsyncEventStore();
  private readonly batches: RetryBatches;
  /** Per function, the retry batches whose due window is open, oldest first. */
  private readonly due: number[][];
  /** While true, throttles are neither counted nor logged: a due batch's member counts once, at the window's end. */
  private silentThrottles = false;
  private readonly sources: ArrivalSource[];
  /** Arrivals generated so far per traffic entry (the next request's index). */
  private readonly arrivals: Int32Array;
  private readonly poolClaims: Float64Array;
  private readonly recorder: TimelineRecorder;
  private readonly row: Float64Array;
  private readonly log: EventLog;
  private readonly endOfTraffic: number;
  private activeSources = 0;
  private asyncOutstanding = 0;
  private nextSchedule = 0;

  constructor(
    scenario: Scenario,
    private readonly model: Model,
    private readonly probe: InvariantProbe | undefined,
  ) {
    this.seed = foldSeed(scenario.seed);
    this.endOfTraffic = Math.round(scenario.durationSeconds * US_PER_SECOND);
    this.functions = model.functions.map((fn) => new FunctionState(fn.versions.length));
    this.sources = scenario.traffic.map((entry, t) => createArrivalSource(entry.pattern, scenario.durationSeconds, this.seed, t));
    this.arrivals = new Int32Array(scenario.traffic.length);
    this.batches = new RetryBatches(this.events, scenario.traffic.length);
    this.due = model.functions.map(() => []);
    this.poolClaims = new Float64Array(model.pools.length);
    this.recorder = new TimelineRecorder(model.functions.map((fn) => fn.name));
    this.row = new Float64Array(this.recorder.width);
    this.log = new EventLog(model.functions.length);
  }

  run(): EngineOutput {
    this.model.pools.forEach((pool, p) => {
      this.functions[pool.functionIndex]!.provisionedReady += pool.ready;
      this.refreshClaim(pool, p);
    });
    this.sources.forEach((_, t) => {
      if (this.scheduleArrival(t)) this.activeSources += 1;
    });
    this.scheduleNextChange();
    this.resetRow();
    this.queue.push(US_PER_SECOND, Kind.Tick, 0, 0, 0);
    const event: QueuedEvent = { time: 0, kind: 0, a: 0, b: 0, c: 0 };
    while (this.queue.size > 0) {
      this.queue.pop(event);
      const now = event.time;
      switch (event.kind) {
        case Kind.Tick:
          if (!this.tick(now)) return this.output();
          break;
        case Kind.Complete:
          this.complete(now, event.a, event.b, event.c);
          break;
        case Kind.PoolReady:
          this.poolReady(now, event.a, event.b);
          break;
        case Kind.Scheduled:
          this.applyScheduled(now);
          break;
        case Kind.AsyncExpire:
          this.expireWaiting(now, event.a, event.b);
          break;
        case Kind.AsyncAttempt:
          this.functions[this.targetOfEvent(event.a).fn]!.asyncWaiting -= 1;
          this.attemptAsync(now, event.a);
          break;
        case Kind.AsyncBatchDue:
          this.openDueWindow(now, event.a);
          break;
        case Kind.AsyncBatchEnd:
          this.closeDueWindow(now, event.a);
          break;
        case Kind.Arrival:
          this.arrive(now, event.a);
          break;
      }
      this.probe?.(this.model, this.functions, this.account);
    }
    return this.output();
  }

  private output(): EngineOutput {
    return { functions: this.functions, account: this.account, recorder: this.recorder, log: this.log };
  }

  // --- Traffic -----------------------------------------------------------------------------------

  /** Queues the entry's next arrival; false when its pattern is exhausted. */
  private scheduleArrival(t: number): boolean {
    const time = this.sources[t]!.next();
    if (time < 0) return false;
    this.queue.push(time, Kind.Arrival, t, 0, 0);
    return true;
  }

  private arrive(now: number, t: number): void {
    const index = this.arrivals[t]!;
    this.arrivals[t] = index + 1;
    const traffic = this.model.traffic[t]!;
    const fn = this.functions[traffic.target.fn]!;
    if (traffic.async) {
      fn.asyncReceived += 1;
      this.asyncOutstanding += 1;
      this.attemptAsync(now, this.events.add(now, t, index));
    } else {
      fn.syncRequests += 1;
      const key = index * KEY_STRIDE + t;
      if (this.invoke(now, traffic.target, key, 0, -1) >= 0) fn.syncThrottled += 1;
    }
    if (!this.scheduleArrival(t)) this.activeSources -= 1;
  }

  // --- Admission and runs ------------------------------------------------------------------------

  /**
   * One invocation attempt: starts a run and returns -1, or returns the throttle reason code.
   * `key` and `attempt` identify the run for its random draws; `asyncEvent` is -1 for sync calls.
   */
  private invoke(now: number, target: TargetModel, key: number, attempt: number, asyncEvent: number): number {
    const f = target.fn;
    const fnModel = this.model.functions[f]!;
    const fn = this.functions[f]!;
    const version =
      target.additional >= 0 && unit(this.seed, Purpose.Route, key, attempt) < target.weight ? target.additional : target.primary;
    const found = this.findProvisioned(f, version);
    const usePool = found !== undefined && found !== ALL_BUSY && found !== RATE_SPENT && this.roomForBusy(f);
    let reason = -1;
    if (!usePool && !this.roomOnDemand(f)) {
      // With R, an idle provisioned environment whose request rate is spent means the function is
      // refused for its rate, not its concurrency (with PC = R, 10 x PC is exactly 10 x R).
      if (fnModel.reserved < 0) reason = Reason.AccountConcurrency;
      else reason = found === RATE_SPENT ? Reason.ReservedRate : Reason.ReservedConcurrency;
    } else if (this.account.windowRuns >= REQUESTS_PER_CONCURRENCY * this.model.accountLimit) {
      reason = Reason.FunctionRate;
    } else if (fnModel.reserved >= 0 && fn.windowRuns >= REQUESTS_PER_CONCURRENCY * fnModel.reserved) {
      reason = Reason.ReservedRate;
    }
    if (reason >= 0) return this.throttle(now, f, reason, target.qualifier);
    let cold = false;
    if (!usePool) {
      // The request-rate half is checked first, but its token is spent only if the run starts.
      const raisesRate = fn.windowOnDemand >= fn.previousOnDemand;
      if (raisesRate && !fn.rateBudget.available(now)) return this.throttle(now, f, Reason.FunctionRate, target.qualifier);
      const idle = fn.idle[version]!;
      this.reclaimIdle(now, f, idle);
      if (idle.size > 0) idle.pop();
      else if (fn.environmentBudget.available(now)) {
        fn.environmentBudget.take();
        cold = true;
      } else return this.throttle(now, f, Reason.ScalingRate, target.qualifier);
      if (raisesRate) fn.rateBudget.take();
      fn.windowOnDemand += 1;
    }
    const pooled = usePool ? found : undefined;
    this.startRun(now, target, version, pooled, cold, found !== undefined && !usePool, key, attempt, asyncEvent);
    return -1;
  }

  /**
   * A pool of the version with a free provisioned environment under its 10 requests/s; ALL_BUSY
   * when the version has provisioned environments but none can take the call (spillover), or
   * RATE_SPENT if one of them was idle and only its request rate stopped it; undefined when it has none.
   */
  private findProvisioned(f: number, version: number): PoolSlot | undefined {
    let found: PoolSlot | undefined;
    for (const candidate of this.model.versionPools[f]![version]!) {
      const pool = this.model.pools[candidate.pool]!;
      const ready = pool.readyIn(candidate.slot);
      if (ready <= 0) continue;
      if (pool.busy[candidate.slot]! < ready) {
        if (pool.windowRuns[candidate.slot]! < PC_REQUESTS_PER_SECOND * ready) return candidate;
        found = RATE_SPENT;
      } else if (found === undefined) {
        found = ALL_BUSY;
      }
    }
    return found;
  }

  /** Room for one more on-demand execution (provisioned concurrency counts against the pool). */
  private roomOnDemand(f: number): boolean {
    const reserved = this.model.functions[f]!.reserved;
    if (reserved >= 0) {
      const fn = this.functions[f]!;
      return fn.onDemandBusy + fn.provisionedClaim < reserved;
    }
    return this.account.unreservedClaim < this.model.unreservedPool;
  }

  /**
   * Room for one more execution of any kind. Normally implied by the claims; it binds only right
   * after a provisioned increase, whose new claim can exceed what on-demand runs leave free: a
   * change never preempts running work, so new provisioned environments wait for room.
   */
  private roomForBusy(f: number): boolean {
    const reserved = this.model.functions[f]!.reserved;
    if (reserved >= 0) return this.functions[f]!.busy < reserved;
    return this.account.unreservedBusy < this.model.unreservedPool;
  }

  private startRun(
    now: number,
    target: TargetModel,
    version: number,
    pooled: PoolSlot | undefined,
    cold: boolean,
    spillover: boolean,
    key: number,
    attempt: number,
    asyncEvent: number,
  ): void {
    const f = target.fn;
    const fnModel = this.model.functions[f]!;
    const fn = this.functions[f]!;
    const account = this.account;
    const unreserved = fnModel.reserved < 0;
    if (pooled) {
      const pool = this.model.pools[pooled.pool]!;
      pool.accumulateUtilization(now);
      pool.busy[pooled.slot]! += 1;
      pool.windowRuns[pooled.slot]! += 1;
      fn.provisionedBusy += 1;
      fn.provisionedInvocations += 1;
      this.refreshClaim(pool, pooled.pool);
    } else {
      fn.onDemandBusy += 1;
      if (unreserved) account.unreservedClaim += 1;
    }
    account.busy += 1;
    account.windowRuns += 1;
    fn.windowRuns += 1;
    if (account.busy > account.maxBusy) account.maxBusy = account.busy;
    if (unreserved) {
      account.unreservedBusy += 1;
      if (account.unreservedBusy > account.maxUnreservedBusy) account.maxUnreservedBusy = account.unreservedBusy;
    }
    const busy = fn.busy;
    if (busy > fn.maxConcurrency) fn.maxConcurrency = busy;
    fn.invocations += 1;
    fn.invocationsByVersion[version]! += 1;

    const row = this.row;
    const column = f * FUNCTION_COLUMNS;
    row[column + FunctionColumn.invocations]! += 1;
    if (busy > row[column + FunctionColumn.concurrency]!) row[column + FunctionColumn.concurrency] = busy;
    const accountColumn = this.recorder.accountColumn(0);
    row[accountColumn + AccountColumn.invocations]! += 1;
    if (account.busy > row[accountColumn + AccountColumn.concurrency]!) row[accountColumn + AccountColumn.concurrency] = account.busy;
    if (account.unreservedBusy > row[accountColumn + AccountColumn.unreservedConcurrency]!) {
      row[accountColumn + AccountColumn.unreservedConcurrency] = account.unreservedBusy;
    }

    if (spillover) {
      fn.spilloverInvocations += 1;
      if (this.log.isNew(f, Slot.Spillover)) {
        this.log.first(f, Slot.Spillover, this.note(now, f, "spillover", { qualifier: target.qualifier }));
      }
    }
    const init = cold ? fnModel.initUs : 0;
    if (cold) {
      fn.coldStarts += 1;
      row[column + FunctionColumn.coldStarts]! += 1;
      if (this.log.isNew(f, Slot.ColdStart)) {
        this.log.first(f, Slot.ColdStart, this.note(now, f, "cold-start", { qualifier: target.qualifier }));
      }
    }
    const duration = fnModel.sampleDuration(key, attempt);
    const failed = fnModel.errorRate > 0 && unit(this.seed, Purpose.Error, key, attempt) < fnModel.errorRate;
    if (asyncEvent < 0) {
      const latency = fn.latency;
      const u = latency.seen < RESERVOIR_SIZE ? 0 : unit(this.seed, streamOf(Purpose.Reservoir, f), latency.seen, 0);
      latency.add((init + duration) / US_PER_MS, u);
    } else {
      const age = now - this.events.enqueuedAt[asyncEvent]!;
      if (age > fn.asyncAgeMaxUs) fn.asyncAgeMaxUs = age;
    }
    // Payload: a = function | version << 8 | failed << 24, b = pool slot (or -1), c = async event.
    const packed = f | (version << 8) | (failed ? 1 << 24 : 0);
    const poolSlot = pooled ? pooled.pool * 2 + pooled.slot : -1;
    this.queue.push(now + init + duration, Kind.Complete, packed, poolSlot, asyncEvent);
  }

  private complete(now: number, packed: number, poolSlot: number, asyncEvent: number): void {
    const f = packed & 0xff;
    const version = (packed >> 8) & 0xffff;
    const failed = (packed >> 24) & 1;
    const fn = this.functions[f]!;
    const account = this.account;
    const unreserved = this.model.functions[f]!.reserved < 0;
    if (poolSlot >= 0) {
      const p = poolSlot >> 1;
      const pool = this.model.pools[p]!;
      pool.accumulateUtilization(now);
      pool.busy[poolSlot & 1]! -= 1;
      fn.provisionedBusy -= 1;
      this.refreshClaim(pool, p);
    } else {
      fn.onDemandBusy -= 1;
      if (unreserved) account.unreservedClaim -= 1;
      fn.idle[version]!.push(now);
    }
    account.busy -= 1;
    if (unreserved) account.unreservedBusy -= 1;
    if (failed) {
      fn.errors += 1;
      this.row[f * FUNCTION_COLUMNS + FunctionColumn.errors]! += 1;
      if (this.log.isNew(f, Slot.FunctionError)) this.log.first(f, Slot.FunctionError, this.note(now, f, "function-error", {}));
    }
    if (asyncEvent >= 0) this.asyncRunEnded(now, asyncEvent, failed === 1);
    if (this.due[f]!.length > 0) this.drainDue(now, f);
  }

  private throttle(now: number, f: number, reason: number, qualifier: string): number {
    if (this.silentThrottles) return reason;
    this.countThrottles(f, reason, 1);
    if (this.log.isNew(f, reason)) {
      this.log.first(f, reason, this.note(now, f, "throttle", { qualifier, reason: THROTTLE_REASONS[reason] }));
    }
    return reason;
  }

  /** Counts `n` throttled attempts of function f for one reason. */
  private countThrottles(f: number, reason: number, n: number): void {
    this.functions[f]!.throttlesByReason[reason]! += n;
    this.account.throttles += n;
    this.row[f * FUNCTION_COLUMNS + FunctionColumn.throttles]! += n;
    this.row[this.recorder.accountColumn(AccountColumn.throttles)]! += n;
  }

  /** Reclaims environments idle for idleTimeoutSeconds or more (a modelling choice, reference notes). */
  private reclaimIdle(now: number, f: number, idle: IdlePool): void {
    const idleUs = this.model.functions[f]!.idleUs;
    while (idle.size > 0 && now - idle.oldest() >= idleUs) {
      if (this.log.isNew(f, Slot.IdleReclaim)) {
        this.log.first(f, Slot.IdleReclaim, this.note(idle.oldest() + idleUs, f, "idle-reclaim", {}));
      }
      idle.dropOldest();
    }
  }

  // --- Asynchronous invocation -------------------------------------------------------------------

  private targetOfEvent(id: number): TargetModel {
    return this.model.traffic[this.events.traffic[id]!]!.target;
  }

  /** One attempt of the internal queue to run an event; the age is checked before every attempt. */
  private attemptAsync(now: number, id: number): void {
    const target = this.targetOfEvent(id);
    if (now >= this.expiryOf(id)) {
      this.failAsync(now, id, Condition.EventAgeExceeded);
      return;
    }
    if (this.tryAsync(now, id, target) < 0) return;
    // R = 0 sends events straight to failure handling, without retries (reference 1.4).
    if (this.model.functions[target.fn]!.reserved === 0) {
      this.failAsync(now, id, Condition.RetriesExhausted);
      return;
    }
    this.joinBatch(now, id, target);
  }

  /** Invokes the event once: -1 if a run started, else the throttle reason. */
  private tryAsync(now: number, id: number, target: TargetModel): number {
    const key = this.events.arrival[id]! * KEY_STRIDE + this.events.traffic[id]!;
    const runs = this.events.runs[id]!;
    const reason = this.invoke(now, target, key, runs, id);
    if (reason < 0) this.events.runs[id] = runs + 1;
    return reason;
  }

  /** A throttled event waits for the first backoff step in the batch open for its traffic entry. */
  private joinBatch(now: number, id: number, target: TargetModel): void {
    const batches = this.batches;
    const t = this.events.traffic[id]!;
    const window = RetryBatches.windowOf(0, now);
    let b = batches.findOpen(t, 0, window);
    if (b < 0) {
      // Members joined over the grouping window, so their retries spread over as long a span.
      b = batches.create(t, 0, window);
      const windowUs = RetryBatches.windowUs(0);
      this.scheduleBatch(b, window * windowUs + this.batchWait(t, 0, window), windowUs);
    }
    batches.append(b, id);
    this.waitingAdded(now, target, 1);
    // One timer per event: it fails the event at its maximum age if it is still waiting then.
    if (this.events.expiryTimer[id] === 0) {
      this.events.expiryTimer[id] = 1;
      this.queue.push(this.expiryOf(id), Kind.AsyncExpire, id, this.events.generation[id]!, 0);
    }
  }

  /**
   * Schedules a batch's due window: it opens at `start` and stays open for `spread` µs, standing for
   * its members' retries spread over that span.
   */
  private scheduleBatch(b: number, start: number, spread: number): void {
    this.batches.start[b] = start;
    this.batches.spread[b] = spread;
    this.queue.push(start, Kind.AsyncBatchDue, b, 0, 0);
  }

  /** The seeded backoff of a batch at `step`: the step shortened by up to 10%, drawn once per batch. */
  private batchWait(t: number, step: number, window: number): number {
    const jitter = unit(this.seed, Purpose.Jitter, t + KEY_STRIDE * window, step);
    return Math.round(throttleStepUs(step) * (1 - THROTTLE_BACKOFF_JITTER * jitter));
  }

  /**
   * A batch's retry: over a due window as long as its grouping window, its events are retried in
   * order whenever the function may have room (now, at each of its run completions and at each
   * second boundary), standing for retries spread over the window. An event still waiting when the
   * window closes was throttled once in it.
   */
  private openDueWindow(now: number, b: number): void {
    const batches = this.batches;
    batches.close(b);
    const f = this.model.traffic[batches.traffic[b]!]!.target.fn;
    this.due[f]!.push(b);
    this.queue.push(now + batches.spread[b]!, Kind.AsyncBatchEnd, b, 0, 0);
    this.drainDue(now, f);
  }

  /**
   * Starts runs for due events of function f until one is throttled: the others would meet the
   * same limit at the same instant. O(1) per call beyond the runs it starts.
   */
  private drainDue(now: number, f: number): void {
    const batches = this.batches;
    const fn = this.functions[f]!;
    this.silentThrottles = true;
    for (const b of this.due[f]!) {
      const target = this.model.traffic[batches.traffic[b]!]!.target;
      for (let id = batches.first(b); id >= 0; id = batches.first(b)) {
        batches.remove(id);
        fn.asyncWaiting -= 1;
        const reason = this.tryAsync(now, id, target);
        if (reason < 0) continue;
        batches.prepend(b, id);
        fn.asyncWaiting += 1;
        batches.lastReason[b] = reason;
        this.silentThrottles = false;
        return;
      }
    }
    this.silentThrottles = false;
  }

  /** The due window ends: waiting events count one throttle each and move to the next step. */
  private closeDueWindow(now: number, b: number): void {
    const batches = this.batches;
    const t = batches.traffic[b]!;
    const target = this.model.traffic[t]!.target;
    const due = this.due[target.fn]!;
    due.splice(due.indexOf(b), 1);
    const waiting = batches.size(b);
    if (waiting === 0) {
      batches.release(b);
      return;
    }
    const reason = batches.lastReason[b]!;
    this.countThrottles(target.fn, reason, waiting);
    if (this.log.isNew(target.fn, reason)) {
      this.log.first(target.fn, reason, this.note(now, target.fn, "throttle", { qualifier: target.qualifier, reason: THROTTLE_REASONS[reason] }));
    }
    // Each member's next retry comes one (jittered) step after its last: the next window opens a
    // step after this one did, and spreads by another tenth of the step, as independent jitter
    // would spread the members, up to a whole step (then the batch is retried continuously).
    const step = Math.min(batches.step[b]! + 1, THROTTLE_CAP_STEP);
    const windowUs = RetryBatches.windowUs(step);
    const spread = Math.min(throttleStepUs(step), batches.spread[b]! + windowUs);
    const start0 = batches.start[b]! + this.batchWait(t, step, Math.floor(batches.start[b]! / windowUs));
    const window = Math.floor(start0 / windowUs);
    const open = batches.findOpen(t, step, window);
    if (open >= 0) {
      batches.merge(b, open);
      batches.spread[open] = Math.max(batches.spread[open]!, spread);
    } else {
      batches.reopen(b, t, step, window);
      this.scheduleBatch(b, Math.max(now, start0), spread);
    }
  }

  /** An event's maximum age came while it waited in a batch: EventAgeExceeded at that instant. */
  private expireWaiting(now: number, id: number, generation: number): void {
    if (this.events.generation[id] !== generation || this.events.list[id]! < 0) return;
    this.batches.remove(id);
    this.functions[this.targetOfEvent(id).fn]!.asyncWaiting -= 1;
    this.failAsync(now, id, Condition.EventAgeExceeded);
  }

  private asyncRunEnded(now: number, id: number, failed: boolean): void {
    if (!failed) {
      this.functions[this.targetOfEvent(id).fn]!.asyncSucceeded += 1;
      this.endAsync(id);
      return;
    }
    const fnModel = this.model.functions[this.targetOfEvent(id).fn]!;
    const retriesUsed = this.events.runs[id]! - 1;
    if (retriesUsed >= fnModel.maxRetries) {
      this.failAsync(now, id, Condition.RetriesExhausted);
      return;
    }
    // A function-error retry waits alone; it never waits past the event's maximum age.
    const target = this.targetOfEvent(id);
    this.waitingAdded(now, target, 1);
    const at = Math.min(now + ERROR_RETRY_DELAYS_US[retriesUsed]!, this.expiryOf(id));
    this.queue.push(Math.max(now, at), Kind.AsyncAttempt, id, 0, 0);
  }

  /** `n` more events wait in the internal queue for a retry. */
  private waitingAdded(now: number, target: TargetModel, n: number): void {
    const f = target.fn;
    const fn = this.functions[f]!;
    fn.asyncWaiting += n;
    const column = f * FUNCTION_COLUMNS + FunctionColumn.asyncQueueDepth;
    if (fn.asyncWaiting > this.row[column]!) this.row[column] = fn.asyncWaiting;
    if (this.log.isNew(f, Slot.AsyncRetry)) this.log.first(f, Slot.AsyncRetry, this.note(now, f, "async-retry", { qualifier: target.qualifier }));
  }

  /** When the event reaches its maximum age (a retry clamped to this instant is seen as expired). */
  private expiryOf(id: number): number {
    return this.events.enqueuedAt[id]! + this.model.functions[this.targetOfEvent(id).fn]!.maxEventAgeUs;
  }

  /** Retries or age ran out: on-failure destination, DLQ, or dropped (reference 4.5). */
  private failAsync(now: number, id: number, condition: number): void {
    const f = this.targetOfEvent(id).fn;
    const fn = this.functions[f]!;
    const handling = this.model.functions[f]!.onFailure;
    fn.asyncDropped += 1;
    fn.failuresByCondition[condition]! += 1;
    if (handling === "dlq") fn.deadLetterDeliveries += 1;
    if (handling === "destination") fn.destinationDeliveries += 1;
    const kind = handling === "dlq" ? 0 : handling === "destination" ? 1 : 2;
    const slot = Slot.Failure + kind * FAILURE_CONDITIONS.length + condition;
    if (this.log.isNew(f, slot)) {
      this.log.first(f, slot, this.note(now, f, FAILURE_KINDS[kind]!, { condition: FAILURE_CONDITIONS[condition] }));
    }
    this.endAsync(id);
  }

  private endAsync(id: number): void {
    this.events.release(id);
    this.asyncOutstanding -= 1;
  }

  // --- Provisioned concurrency -------------------------------------------------------------------

  /** Keeps the function's and account's sums of provisioned claims in step with one pool. */
  private refreshClaim(pool: ProvisionedPool, p: number): void {
    const claim = pool.claim();
    const delta = claim - this.poolClaims[p]!;
    if (delta === 0) return;
    this.poolClaims[p] = claim;
    this.functions[pool.functionIndex]!.provisionedClaim += delta;
    if (this.model.functions[pool.functionIndex]!.reserved < 0) this.account.unreservedClaim += delta;
  }

  private requestProvisioned(now: number, p: number, target: number): void {
    if (target < 0) return;
    const pool = this.model.pools[p]!;
    const environments = pool.request(target);
    this.refreshClaim(pool, p);
    if (environments < 0) return;
    // Allocation starts after the delay and runs at 6,000 per minute per function: allocations of
    // several configurations of one function queue behind each other. A decrease only waits.
    const fn = this.functions[pool.functionIndex]!;
    const start = Math.max(now + PC_ALLOCATION_DELAY_US, environments > 0 ? fn.allocationFreeAt : 0);
    const readyAt = start + environments * PC_ALLOCATION_US_PER_ENVIRONMENT;
    if (environments > 0) fn.allocationFreeAt = readyAt;
    this.queue.push(readyAt, Kind.PoolReady, p, pool.generation, 0);
    this.log.change(
      this.note(now, pool.functionIndex, "provisioned-concurrency-requested", {
        qualifier: pool.qualifier,
        provisionedConcurrentExecutions: target,
      }),
    );
  }

  private poolReady(now: number, p: number, generation: number): void {
    const pool = this.model.pools[p]!;
    const before = pool.ready;
    if (!pool.complete(generation, now)) return;
    const fn = this.functions[pool.functionIndex]!;
    fn.provisionedReady += pool.ready - before;
    const column = pool.functionIndex * FUNCTION_COLUMNS + FunctionColumn.provisionedConcurrency;
    if (fn.provisionedReady > this.row[column]!) this.row[column] = fn.provisionedReady;
    this.refreshClaim(pool, p);
    this.log.change(
      this.note(now, pool.functionIndex, "provisioned-concurrency-ready", {
        qualifier: pool.qualifier,
        provisionedConcurrentExecutions: pool.ready,
      }),
    );
  }

  private scheduleNextChange(): void {
    const next = this.model.schedule[this.nextSchedule];
    if (next) this.queue.push(next.atUs, Kind.Scheduled, 0, 0, 0);
  }

  private applyScheduled(now: number): void {
    const change = this.model.schedule[this.nextSchedule++]!;
    this.requestProvisioned(now, change.pool, this.model.pools[change.pool]!.scheduledTarget(change.value));
    this.scheduleNextChange();
  }

  // --- Time ----------------------------------------------------------------------------------------

  /** A second boundary: sample the second that ended, open the next; false when the run is over. */
  private tick(now: number): boolean {
    this.recorder.record(this.row);
    this.resetRow();
    this.account.windowRuns = 0;
    this.functions.forEach((fn, f) => {
      fn.windowRuns = 0;
      fn.previousOnDemand = fn.windowOnDemand;
      fn.windowOnDemand = 0;
      for (const idle of fn.idle) this.reclaimIdle(now, f, idle);
    });
    for (const pool of this.model.pools) pool.windowRuns.fill(0);
    // New request-rate windows: due retries may fit now.
    this.due.forEach((due, f) => {
      if (due.length > 0) this.drainDue(now, f);
    });
    if (now % US_PER_MINUTE === 0) {
      this.model.pools.forEach((pool, p) => this.requestProvisioned(now, p, pool.closeMinute(now, US_PER_MINUTE)));
    }
    const busy = now < this.endOfTraffic || this.activeSources > 0 || this.account.busy > 0 || this.asyncOutstanding > 0;
    if (busy) this.queue.push(now + US_PER_SECOND, Kind.Tick, 0, 0, 0);
    return busy;
  }

  /** Starts a new second: counts at zero, levels at their current values. */
  private resetRow(): void {
    const row = this.row;
    row.fill(0);
    this.functions.forEach((fn, f) => {
      const column = f * FUNCTION_COLUMNS;
      row[column + FunctionColumn.concurrency] = fn.busy;
      row[column + FunctionColumn.asyncQueueDepth] = fn.asyncWaiting;
      row[column + FunctionColumn.provisionedConcurrency] = fn.provisionedReady;
    });
    const accountColumn = this.recorder.accountColumn(0);
    row[accountColumn + AccountColumn.concurrency] = this.account.busy;
    row[accountColumn + AccountColumn.unreservedConcurrency] = this.account.unreservedBusy;
  }

  private note(now: number, f: number, kind: SimEvent["kind"], detail: Omit<SimEvent, "timeSeconds" | "function" | "kind">): SimEvent {
    return { timeSeconds: usToSeconds(now), function: this.model.functions[f]!.name, kind, ...detail };
  }
}
