/**
 * One provisioned concurrency configuration (a version or an alias of one function): how much is
 * ready, what is being allocated, how busy it is, and the target-tracking policy that resizes it.
 * The engine owns time and limits; this class only keeps the configuration's own state.
 */

import { US_PER_SECOND } from "./time";

/** Allocation starts 1-2 minutes after a change (reference 5.5); the simulator uses 90 s. */
export const PC_ALLOCATION_DELAY_US = 90 * US_PER_SECOND;
/** Allocation proceeds at up to 6,000 environments per minute per function (reference 5.5): one per 10 ms. */
export const PC_ALLOCATION_US_PER_ENVIRONMENT = 10_000;
/** Each provisioned environment serves at most 10 requests per second; more spill over. */
export const PC_REQUESTS_PER_SECOND = 10;
/** Target tracking alarms look at this many one-minute datapoints (reference 5.6). */
export const TRACKING_DATAPOINTS = 3;
/** Scale-in happens when utilisation stays below this fraction of the target (reference 5.6). */
export const SCALE_IN_FRACTION = 0.9;

export interface TargetTracking {
  targetUtilization: number;
  min: number;
  max: number;
}

export class ProvisionedPool {
  /** Environments ready to serve (the setting in force). */
  ready: number;
  /** The setting being allocated, or -1; it serves nothing until fully allocated. */
  pendingTarget = -1;
  /** Bumped by every request so that a superseded allocation's completion is ignored. */
  generation = 0;
  /** Busy environments per slot: 0 = the primary version, 1 = a weighted alias's additional version. */
  readonly busy = [0, 0];
  /** Runs started per slot in the current one-second window (for the 10 x PC request rate). */
  readonly windowRuns = [0, 0];
  windowIndex = -1;
  private tracking: TargetTracking | undefined;
  private utilizationArea = 0;
  private utilizationSince = 0;
  /** Recent one-minute utilisation datapoints, oldest first. */
  private datapoints: number[] = [];
  /** Datapoints are only trusted for minutes that start after the last change took effect. */
  private datapointsValidFrom = 0;

  constructor(
    readonly functionIndex: number,
    readonly qualifier: string,
    /** Version indices served: [primary, additional or -1]. */
    readonly versions: readonly [number, number],
    /** Share of the additional version (weighted alias), 0 otherwise. */
    private readonly additionalWeight: number,
    initial: number,
    tracking: TargetTracking | undefined,
  ) {
    this.ready = initial;
    this.tracking = tracking && { ...tracking };
  }

  get busyTotal(): number {
    return this.busy[0]! + this.busy[1]!;
  }

  /** Provisioned concurrency counted against R and the account: the larger of ready and requested. */
  committed(): number {
    return Math.max(this.ready, this.pendingTarget);
  }

  /** Concurrency this configuration holds: what it committed, or more while surplus runs finish. */
  claim(): number {
    return Math.max(this.committed(), this.busyTotal);
  }

  /** The slot a version runs in, or -1 if this configuration does not serve that version. */
  slotOf(version: number): number {
    if (version === this.versions[0]) return 0;
    return version === this.versions[1] ? 1 : -1;
  }

  /**
   * Ready environments of a slot. AWS splits an alias's provisioned concurrency between the two
   * versions of a weighted alias by weight; the additional version gets round(ready x weight).
   */
  readyIn(slot: number): number {
    const additional = Math.round(this.ready * this.additionalWeight);
    return slot === 1 ? additional : this.ready - additional;
  }

  /**
   * Starts a change to `target` (superseding one in progress). Returns how many new environments
   * must be allocated (0 for a decrease), or -1 if nothing is left to wait for.
   */
  request(target: number): number {
    const effective = this.pendingTarget >= 0 ? this.pendingTarget : this.ready;
    if (target === effective) return -1;
    this.generation += 1;
    if (target === this.ready) {
      this.pendingTarget = -1;
      return -1;
    }
    this.pendingTarget = target;
    return Math.max(0, target - this.ready);
  }

  /** Completes the change of `generation`; returns false if a later request superseded it. */
  complete(generation: number, now: number): boolean {
    if (generation !== this.generation || this.pendingTarget < 0) return false;
    this.accumulateUtilization(now);
    this.ready = this.pendingTarget;
    this.pendingTarget = -1;
    this.datapoints = [];
    this.datapointsValidFrom = now;
    return true;
  }

  /** Call before busy or ready changes, so the minute's average utilisation is time-weighted. */
  accumulateUtilization(now: number): void {
    if (!this.tracking) return;
    const utilization = this.ready > 0 ? Math.min(1, this.busyTotal / this.ready) : 0;
    this.utilizationArea += utilization * (now - this.utilizationSince);
    this.utilizationSince = now;
  }

  /**
   * A scheduled action. With target tracking it sets the minimum capacity (and raises the maximum
   * if needed), as an Application Auto Scaling scheduled action does; without, it sets the value.
   * Returns the capacity to request now, or -1.
   */
  scheduledTarget(value: number): number {
    const tracking = this.tracking;
    if (!tracking) return value;
    tracking.min = value;
    tracking.max = Math.max(tracking.max, value);
    const effective = this.pendingTarget >= 0 ? this.pendingTarget : this.ready;
    return effective < value ? value : -1;
  }

  /**
   * Closes the one-minute datapoint ending at `now` and applies the target-tracking rules: scale out
   * when the last 3 datapoints are above the target, scale in when all are below 90% of it, to
   * ceil(ready x average / target) within [min, max]. Returns the capacity to request, or -1.
   */
  closeMinute(now: number, minute: number): number {
    const tracking = this.tracking;
    if (!tracking) return -1;
    this.accumulateUtilization(now);
    const datapoint = this.utilizationArea / minute;
    this.utilizationArea = 0;
    if (this.pendingTarget >= 0) return -1;
    if (now - minute >= this.datapointsValidFrom) {
      this.datapoints.push(datapoint);
      if (this.datapoints.length > TRACKING_DATAPOINTS) this.datapoints.shift();
    }
    const clamp = (value: number) => Math.min(tracking.max, Math.max(tracking.min, value));
    if (this.ready < tracking.min || this.ready > tracking.max) return clamp(this.ready);
    if (this.datapoints.length < TRACKING_DATAPOINTS) return -1;
    const average = this.datapoints.reduce((sum, value) => sum + value, 0) / TRACKING_DATAPOINTS;
    const desired = clamp(Math.ceil((this.ready * average) / tracking.targetUtilization - 1e-9));
    const target = tracking.targetUtilization;
    if (this.datapoints.every((value) => value > target) && desired > this.ready) return desired;
    if (this.datapoints.every((value) => value < target * SCALE_IN_FRACTION) && desired < this.ready) return desired;
    return -1;
  }
}
