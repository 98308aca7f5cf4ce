/**
 * Retry batches of throttled async events (issue 8, defect 3): events of one traffic entry at the
 * same backoff step, throttled within the same tenth of that step, wait in one batch and are
 * retried together. A batch retry attempts its events in order until one is throttled; the rest
 * are throttled at the same instant by the same limit without being tried one by one, and the
 * whole batch moves to the next step. The cost of a backoff step is therefore O(1) plus the runs
 * it starts, not O(events waiting): retries no longer multiply the cost of a scenario.
 * Members are a doubly linked list through AsyncEventStore.next/previous, in order of joining.
 */
import { THROTTLE_CAP_STEP, throttleStepUs, type AsyncEventStore } from "./async-events";

/** Batches group events throttled within this fraction of their step (100 ms of the 1 s step). */
export const BATCH_WINDOW_FRACTION = 0.1;

/**
 * Member lists. An event records the list it is in (not the batch), and merging two lists
 * relabels the smaller one, so each event is relabelled at most log2(events) times in all.
 */
class MemberLists {
  readonly head: number[] = [];
  readonly tail: number[] = [];
  readonly size: number[] = [];
  private freeIds: number[] = [];

  constructor(private readonly events: AsyncEventStore) {}

  create(): number {
    const l = this.freeIds.length > 0 ? this.freeIds.pop()! : this.head.length;
    this.head[l] = -1;
    this.tail[l] = -1;
    this.size[l] = 0;
    return l;
  }

  release(l: number): void {
    this.freeIds.push(l);
  }

  append(l: number, id: number): void {
    const events = this.events;
    const tail = this.tail[l]!;
    events.list[id] = l;
    events.previous[id] = tail;
    events.next[id] = -1;
    if (tail >= 0) events.next[tail] = id;
    else this.head[l] = id;
    this.tail[l] = id;
    this.size[l]! += 1;
  }

  prepend(l: number, id: number): void {
    const events = this.events;
    const head = this.head[l]!;
    events.list[id] = l;
    events.previous[id] = -1;
    events.next[id] = head;
    if (head >= 0) events.previous[head] = id;
    else this.tail[l] = id;
    this.head[l] = id;
    this.size[l]! += 1;
  }

  remove(id: number): void {
    const events = this.events;
    const l = events.list[id]!;
    const previous = events.previous[id]!;
    const next = events.next[id]!;
    if (previous >= 0) events.next[previous] = next;
    else this.head[l] = next;
    if (next >= 0) events.previous[next] = previous;
    else this.tail[l] = previous;
    events.list[id] = -1;
    this.size[l]! -= 1;
  }

  /** Concatenates `first` then `second`; returns the surviving list, the other one is released. */
  concat(first: number, second: number): number {
    const small = this.size[first]! < this.size[second]! ? first : second;
    const large = small === first ? second : first;
    const events = this.events;
    for (let id = this.head[small]!; id >= 0; id = events.next[id]!) events.list[id] = large;
    const firstTail = this.tail[first]!;
    const secondHead = this.head[second]!;
    if (firstTail >= 0 && secondHead >= 0) {
      events.next[firstTail] = secondHead;
      events.previous[secondHead] = firstTail;
    }
    const head = firstTail >= 0 ? this.head[first]! : secondHead;
    const tail = secondHead >= 0 ? this.tail[second]! : firstTail;
    this.head[large] = head;
    this.tail[large] = tail;
    this.size[large] = this.size[first]! + this.size[second]!;
    this.release(small);
    return large;
  }
}

export class RetryBatches {
  /** Each batch's member list. */
  private list: number[] = [];
  readonly traffic: number[] = [];
  readonly step: number[] = [];
  /** When the batch's due window opens and how long it stays open, in µs. */
  readonly start: number[] = [];
  readonly spread: number[] = [];
  /** The reason the batch's last retry was throttled for (counted when its due window ends). */
  readonly lastReason: number[] = [];
  /** Index of the grouping window the batch is open for, or -1 once it is being retried. */
  private window: number[] = [];
  private freeIds: number[] = [];
  /** The open batch per traffic entry and step: index traffic x (cap step + 1) + step. */
  private open: Int32Array;
  private readonly lists: MemberLists;

  constructor(events: AsyncEventStore, trafficEntries: number) {
    this.lists = new MemberLists(events);
    this.open = new Int32Array(trafficEntries * (THROTTLE_CAP_STEP + 1)).fill(-1);
  }

  /** Length in µs of the grouping window at `step`. */
  static windowUs(step: number): number {
    return throttleStepUs(step) * BATCH_WINDOW_FRACTION;
  }

  static windowOf(step: number, now: number): number {
    return Math.floor(now / RetryBatches.windowUs(step));
  }

  /** The batch open for (traffic, step) in `window`, or -1. */
  findOpen(traffic: number, step: number, window: number): number {
    const b = this.open[traffic * (THROTTLE_CAP_STEP + 1) + step]!;
    if (b < 0 || this.window[b] !== window || this.traffic[b] !== traffic || this.step[b] !== step) return -1;
    return b;
  }

  /** A new empty batch, open for `window` of (traffic, step). */
  create(traffic: number, step: number, window: number): number {
    const b = this.freeIds.length > 0 ? this.freeIds.pop()! : this.list.length;
    this.list[b] = this.lists.create();
    this.lastReason[b] = 0;
    this.reopen(b, traffic, step, window);
    return b;
  }

  /** Makes batch b the open batch of (traffic, step, window). */
  reopen(b: number, traffic: number, step: number, window: number): void {
    this.traffic[b] = traffic;
    this.step[b] = step;
    this.window[b] = window;
    this.open[traffic * (THROTTLE_CAP_STEP + 1) + step] = b;
  }

  /** Closes batch b for joining (it is being retried). */
  close(b: number): void {
    this.window[b] = -1;
  }

  /** Releases an empty batch. */
  release(b: number): void {
    this.lists.release(this.list[b]!);
    this.freeIds.push(b);
  }

  size(b: number): number {
    return this.lists.size[this.list[b]!]!;
  }

  /** First member of b, or -1. */
  first(b: number): number {
    return this.lists.head[this.list[b]!]!;
  }

  append(b: number, id: number): void {
    this.lists.append(this.list[b]!, id);
  }

  /** Puts `id` back as the first member of b (a throttled head keeps its place). */
  prepend(b: number, id: number): void {
    this.lists.prepend(this.list[b]!, id);
  }

  /** Takes an event out of whatever batch it waits in. */
  remove(id: number): void {
    this.lists.remove(id);
  }

  /** Moves the members of `from` after those of `into`, and releases `from`. */
  merge(from: number, into: number): void {
    this.list[into] = this.lists.concat(this.list[into]!, this.list[from]!);
    this.freeIds.push(from);
  }
}
