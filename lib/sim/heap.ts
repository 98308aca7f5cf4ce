/**
 * The event queue: a binary min-heap over a pool of entries stored in typed arrays, so scheduling
 * an event allocates no object. Entries are ordered by time, then by kind (so the events of one
 * instant are handled in a fixed order of kinds), then by insertion order: runs are reproducible.
 */
import { grown } from "./typed-arrays";

export interface QueuedEvent {
  time: number;
  kind: number;
  a: number;
  b: number;
  c: number;
}

/** Insertion counter range per kind; far above any run's number of events. */
const SEQUENCE_SPAN = 2 ** 44;

export class EventQueue {
  private capacity: number;
  private times: Float64Array;
  private orders: Float64Array;
  private kinds: Uint8Array;
  private payloadA: Int32Array;
  private payloadB: Int32Array;
  private payloadC: Int32Array;
  /** heap[i] is an entry id; freeIds holds ids of popped entries for reuse. */
  private heap: Int32Array;
  private freeIds: Int32Array;
  private freeCount = 0;
  private nextId = 0;
  private sequence = 0;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.times = new Float64Array(initialCapacity);
    this.orders = new Float64Array(initialCapacity);
    this.kinds = new Uint8Array(initialCapacity);
    this.payloadA = new Int32Array(initialCapacity);
    this.payloadB = new Int32Array(initialCapacity);
    this.payloadC = new Int32Array(initialCapacity);
    this.heap = new Int32Array(initialCapacity);
    this.freeIds = new Int32Array(initialCapacity);
  }

  /** Schedules an event; among events at the same time, lower kinds run first. */
  push(time: number, kind: number, a: number, b: number, c: number): void {
    const id = this.freeCount > 0 ? this.freeIds[--this.freeCount]! : this.allocateId();
    this.times[id] = time;
    this.orders[id] = kind * SEQUENCE_SPAN + this.sequence++;
    this.kinds[id] = kind;
    this.payloadA[id] = a;
    this.payloadB[id] = b;
    this.payloadC[id] = c;
    this.siftUp(this.size++, id);
  }

  /** Time of the earliest event; only valid when size > 0. */
  peekTime(): number {
    return this.times[this.heap[0]!]!;
  }

  /** Removes the earliest event and copies it into `out` (reused by the caller, no allocation). */
  pop(out: QueuedEvent): void {
    const top = this.heap[0]!;
    out.time = this.times[top]!;
    out.kind = this.kinds[top]!;
    out.a = this.payloadA[top]!;
    out.b = this.payloadB[top]!;
    out.c = this.payloadC[top]!;
    this.freeIds[this.freeCount++] = top;
    this.size -= 1;
    if (this.size > 0) this.siftDown(0, this.heap[this.size]!);
  }

  private before(x: number, y: number): boolean {
    const tx = this.times[x]!;
    const ty = this.times[y]!;
    return tx < ty || (tx === ty && this.orders[x]! < this.orders[y]!);
  }

  private siftUp(position: number, id: number): void {
    const heap = this.heap;
    let i = position;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentId = heap[parent]!;
      if (!this.before(id, parentId)) break;
      heap[i] = parentId;
      i = parent;
    }
    heap[i] = id;
  }

  private siftDown(position: number, id: number): void {
    const heap = this.heap;
    const size = this.size;
    let i = position;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && this.before(heap[right]!, heap[child]!)) child = right;
      const childId = heap[child]!;
      if (!this.before(childId, id)) break;
      heap[i] = childId;
      i = child;
    }
    heap[i] = id;
  }

  private allocateId(): number {
    if (this.nextId === this.capacity) this.grow();
    return this.nextId++;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.times = grown(this.times, capacity);
    this.orders = grown(this.orders, capacity);
    this.kinds = grown(this.kinds, capacity);
    this.payloadA = grown(this.payloadA, capacity);
    this.payloadB = grown(this.payloadB, capacity);
    this.payloadC = grown(this.payloadC, capacity);
    this.heap = grown(this.heap, capacity);
    this.freeIds = grown(this.freeIds, capacity);
    this.capacity = capacity;
  }
}
