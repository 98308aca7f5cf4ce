/**
 * Idle (warm) on-demand environments of one function version, kept as the times they became idle.
 * AWS does not document which warm environment serves the next request; the simulator reuses the
 * most recently idled one (a stack), so the oldest idle environments are the ones that expire.
 * Because the stack is ordered by idle time, expiry only ever removes from the bottom.
 */
export class IdlePool {
  private times: Float64Array;
  private head = 0;
  size = 0;

  constructor(capacity = 16) {
    this.times = new Float64Array(capacity);
  }

  /** An environment became idle at `time` (times are pushed in non-decreasing order). */
  push(time: number): void {
    if (this.size === this.times.length) this.grow();
    this.times[(this.head + this.size) % this.times.length] = time;
    this.size += 1;
  }

  /** Takes the most recently idled environment; only valid when size > 0. */
  pop(): void {
    this.size -= 1;
  }

  /** When the most recently idled environment became idle; only valid when size > 0. */
  newest(): number {
    return this.times[(this.head + this.size - 1) % this.times.length]!;
  }

  /** When the longest-idle environment became idle; only valid when size > 0. */
  oldest(): number {
    return this.times[this.head]!;
  }

  /** Drops the longest-idle environment (reclaimed); only valid when size > 0. */
  dropOldest(): void {
    this.head = (this.head + 1) % this.times.length;
    this.size -= 1;
  }

  private grow(): void {
    const next = new Float64Array(this.times.length * 2);
    for (let i = 0; i < this.size; i += 1) next[i] = this.times[(this.head + i) % this.times.length]!;
    this.times = next;
    this.head = 0;
  }
}
