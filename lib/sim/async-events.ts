/**
 * Asynchronous events in Lambda's internal queue, stored in typed arrays with slot reuse: memory
 * grows with the number of events waiting at once, not with the number ever received.
 * Throttled events wait in retry batches (retry-batches.ts); an event's batch links live here.
 */
import { US_PER_SECOND } from "./time";
import { grown } from "./typed-arrays";

/** Throttle backoff: 1 s, 2 s, 4 s ... capped at 5 minutes between attempts (reference 4.2). */
const THROTTLE_BACKOFF_BASE_US = US_PER_SECOND;
export const THROTTLE_BACKOFF_CAP_US = 300 * US_PER_SECOND;
/** The first backoff step at the cap (2^9 s > 300 s): all later steps wait the same. */
export const THROTTLE_CAP_STEP = 9;
/**
 * AWS documents no jitter figures; the simulator shortens each backoff by up to 10% with a seeded
 * draw so that events throttled together do not retry in lockstep.
 */
export const THROTTLE_BACKOFF_JITTER = 0.1;
/** Function-error retries wait about 1 minute, then about 2 minutes (reference 4.3). */
export const ERROR_RETRY_DELAYS_US = [60 * US_PER_SECOND, 120 * US_PER_SECOND] as const;

/** The wait in whole µs of backoff step `step` (0-based) before jitter. */
export function throttleStepUs(step: number): number {
  return Math.min(THROTTLE_BACKOFF_CAP_US, THROTTLE_BACKOFF_BASE_US * 2 ** Math.min(step, THROTTLE_CAP_STEP));
}

export class AsyncEventStore {
  /** When Lambda queued the event, in µs (its age counts from here). */
  enqueuedAt: Float64Array;
  /** The traffic entry that sent it and its index there: together the event's random key. */
  traffic: Int32Array;
  arrival: Int32Array;
  /** Runs so far (first attempt plus function-error retries). */
  runs: Uint8Array;
  /** The retry batch member list the event waits in, or -1; and its neighbours there (doubly linked, -1 at the ends). */
  list: Int32Array;
  next: Int32Array;
  previous: Int32Array;
  /** Bumped when a slot is released, so a stale expiry timer of an earlier event is ignored. */
  generation: Uint32Array;
  /** Whether an expiry timer is pending for the event (at most one per event). */
  expiryTimer: Uint8Array;
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;

  constructor(capacity = 256) {
    this.enqueuedAt = new Float64Array(capacity);
    this.traffic = new Int32Array(capacity);
    this.arrival = new Int32Array(capacity);
    this.runs = new Uint8Array(capacity);
    this.list = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.previous = new Int32Array(capacity);
    this.generation = new Uint32Array(capacity);
    this.expiryTimer = new Uint8Array(capacity);
    this.free = new Int32Array(capacity);
  }

  add(enqueuedAt: number, traffic: number, arrival: number): number {
    const id = this.freeCount > 0 ? this.free[--this.freeCount]! : this.allocate();
    this.enqueuedAt[id] = enqueuedAt;
    this.traffic[id] = traffic;
    this.arrival[id] = arrival;
    this.runs[id] = 0;
    this.list[id] = -1;
    this.expiryTimer[id] = 0;
    return id;
  }

  /** The event ended (succeeded, delivered to failure handling or dropped); its slot is reused. */
  release(id: number): void {
    this.generation[id] = (this.generation[id]! + 1) >>> 0;
    this.free[this.freeCount++] = id;
  }

  private allocate(): number {
    if (this.used === this.enqueuedAt.length) this.grow();
    return this.used++;
  }

  private grow(): void {
    const capacity = this.enqueuedAt.length * 2;
    this.enqueuedAt = grown(this.enqueuedAt, capacity);
    this.traffic = grown(this.traffic, capacity);
    this.arrival = grown(this.arrival, capacity);
    this.runs = grown(this.runs, capacity);
    this.list = grown(this.list, capacity);
    this.next = grown(this.next, capacity);
    this.previous = grown(this.previous, capacity);
    this.generation = grown(this.generation, capacity);
    this.expiryTimer = grown(this.expiryTimer, capacity);
    this.free = grown(this.free, capacity);
  }
}
