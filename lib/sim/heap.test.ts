/** The event queue orders by time, then kind, then insertion, whatever the interleaving. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue, type QueuedEvent } from "./heap";

describe("EventQueue", () => {
  it("pops in (time, kind, insertion) order under any mix of pushes and pops", () => {
    const operation = fc.oneof(
      fc.record({ push: fc.constant(true), time: fc.integer({ min: 0, max: 20 }), kind: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ push: fc.constant(false) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), (operations) => {
        const queue = new EventQueue(2);
        const reference: { time: number; kind: number; id: number }[] = [];
        const out: QueuedEvent = { time: 0, kind: 0, a: 0, b: 0, c: 0 };
        operations.forEach((operation, id) => {
          if ("time" in operation) {
            queue.push(operation.time, operation.kind, id, -id - 1, id * 2);
            reference.push({ time: operation.time, kind: operation.kind, id });
            return;
          }
          if (reference.length === 0) return;
          reference.sort((x, y) => x.time - y.time || x.kind - y.kind || x.id - y.id);
          const expected = reference.shift()!;
          expect(queue.peekTime()).toBe(expected.time);
          queue.pop(out);
          expect(out).toEqual({ time: expected.time, kind: expected.kind, a: expected.id, b: -expected.id - 1, c: expected.id * 2 });
        });
        expect(queue.size).toBe(reference.length);
      }),
      { numRuns: 200 },
    );
  });
});
