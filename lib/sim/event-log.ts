/**
 * The bounded list of notable moments: the first of each kind per function (per throttle reason or
 * failure condition; bounded by construction) and the first MAX_CHANGE_EVENTS provisioned
 * concurrency changes (target tracking can make many).
 */
import type { SimEvent } from "./types";

const MAX_CHANGE_EVENTS = 100;
/** Distinct "first" slots per function (kinds x details); see the engine's slot numbers. */
const FIRST_SLOTS = 32;

export class EventLog {
  private readonly events: SimEvent[] = [];
  private changes = 0;
  private readonly logged: Uint8Array;

  constructor(functionCount: number) {
    this.logged = new Uint8Array(functionCount * FIRST_SLOTS);
  }

  /** Whether the first event of `slot` for function `f` is still to be logged (a cheap check). */
  isNew(f: number, slot: number): boolean {
    return this.logged[f * FIRST_SLOTS + slot] === 0;
  }

  /** Logs the first event of `slot` for function `f`. */
  first(f: number, slot: number, event: SimEvent): void {
    this.logged[f * FIRST_SLOTS + slot] = 1;
    this.events.push(event);
  }

  /** Logs a provisioned concurrency change while the budget for them lasts. */
  change(event: SimEvent): void {
    if (this.changes >= MAX_CHANGE_EVENTS) return;
    this.changes += 1;
    this.events.push(event);
  }

  /** Events in time order (ties keep the order they happened in). */
  list(): SimEvent[] {
    return [...this.events].sort((x, y) => x.timeSeconds - y.timeSeconds);
  }
}
