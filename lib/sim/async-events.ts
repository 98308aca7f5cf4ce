/**
 * Asynchronous events in Lambda's internal queue, stored in typed arrays with slot reuse: memory
 * grows with the number of events waiting at once, not with the number ever received.
 */
import { US_PER_SECOND } from "./time";
import { grown } from "./typed-arrays";

/** Throttle backoff: 1 s, 2 s, 4 s ... capped at 5 minutes between attempts (reference 4.2). */
const THROTTLE_BACKOFF_BASE_US = US_PER_SECOND;
export const THROTTLE_BACKOFF_CAP_US = 300 * US_PER_SECOND;
/**
 * AWS documents no jitter figures; the simulator shortens each backoff by up to 10% with a seeded
 * draw so that events throttled together do not retry in lockstep.
 */
export const THROTTLE_BACKOFF_JITTER = 0.1;
/** Function-error retries wait about 1 minute, then about 2 minutes (reference 4.3). */
export const ERROR_RETRY_DELAYS_US = [60 * US_PER_SECOND, 120 * US_PER_SECOND] as const;

/** Delay in whole µs before retry number `throttles` (0-based) of a throttled event; `u` is a uniform draw. */
export function throttleBackoffUs(throttles: number, u: number): number {
  const base = Math.min(THROTTLE_BACKOFF_CAP_US, THROTTLE_BACKOFF_BASE_US * 2 ** Math.min(throttles, 30));
  return Math.round(base * (1 - THROTTLE_BACKOFF_JITTER * u));
}

export class AsyncEventStore {
  /** When Lambda queued the event, in µs (its age counts from here). */
  enqueuedAt: Float64Array;
  /** The traffic entry that sent it and its index there: together the event's random key. */
  traffic: Int32Array;
  arrival: Int32Array;
  /** Runs so far (first attempt plus function-error retries). */
  runs: Uint8Array;
  /** Throttled attempts since the last run, the exponent of the next backoff. */
  throttles: Uint16Array;
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;

  constructor(capacity = 256) {
    this.enqueuedAt = new Float64Array(capacity);
    this.traffic = new Int32Array(capacity);
    this.arrival = new Int32Array(capacity);
    this.runs = new Uint8Array(capacity);
    this.throttles = new Uint16Array(capacity);
    this.free = new Int32Array(capacity);
  }

  add(enqueuedAt: number, traffic: number, arrival: number): number {
    const id = this.freeCount > 0 ? this.free[--this.freeCount]! : this.allocate();
    this.enqueuedAt[id] = enqueuedAt;
    this.traffic[id] = traffic;
    this.arrival[id] = arrival;
    this.runs[id] = 0;
    this.throttles[id] = 0;
    return id;
  }

  /** The event ended (succeeded, delivered to failure handling or dropped); its slot is reused. */
  release(id: number): void {
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
    this.throttles = grown(this.throttles, capacity);
    this.free = grown(this.free, capacity);
  }
}
