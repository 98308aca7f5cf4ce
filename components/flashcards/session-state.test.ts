import { describe, expect, it } from "vitest";
import { sessionProgress, sessionReducer, sessionTally, startSession, type QueuedCard, type SessionEvent } from "./session-state";

const preview = { 1: 60_000, 2: 360_000, 3: 600_000, 4: 86_400_000 * 3 };
const card = (id: string, reps = 0): QueuedCard => ({ id, reps, isNew: reps === 0, preview });
const rated = (rating: 1 | 2 | 3 | 4, requeue: boolean, reviewLogId = `log-${rating}`): SessionEvent => ({
  type: "rated",
  reviewLogId,
  rating,
  reps: 1,
  requeue,
  preview: { ...preview, 3: 1_200_000 },
  exp: 2,
  at: 5_000 + rating * 1_000,
  startedAt: 1_000,
});

const run = (events: SessionEvent[], queue = [card("a"), card("b")]) => events.reduce(sessionReducer, startSession(queue));

describe("sessionReducer", () => {
  it("reveals, then rates and moves to the next card with the answer hidden", () => {
    const state = run([{ type: "reveal" }, rated(3, false)]);
    expect(state.queue.map((c) => c.id)).toEqual(["b"]);
    expect(state.revealed).toBe(false);
    expect(sessionProgress(state)).toEqual({ current: 2, total: 2, done: false });
  });

  it("puts a card due again within the session at the end of the queue, with its new state", () => {
    const state = run([{ type: "reveal" }, rated(1, true)]);
    expect(state.queue.map((c) => c.id)).toEqual(["b", "a"]);
    expect(state.queue[1]).toMatchObject({ reps: 1, isNew: false, preview: { 3: 1_200_000 } });
    expect(sessionProgress(state)).toEqual({ current: 2, total: 3, done: false });
  });

  it("undo brings the card back to the front as it was, revealed, and drops its requeued copy", () => {
    const state = run([{ type: "reveal" }, rated(1, true), { type: "undone", reps: 0, preview }]);
    expect(state.queue).toEqual([card("a"), card("b")]);
    expect(state.revealed).toBe(true);
    expect(state.history).toEqual([]);
  });

  it("keeps the start of the session from the first rating", () => {
    const state = run([rated(3, false), { ...rated(3, false), startedAt: 4_000 } as SessionEvent]);
    expect(state.startedAt).toBe(1_000);
  });

  it("undo walks back several ratings, newest first", () => {
    const state = run([rated(3, false, "l1"), rated(4, false, "l2"), { type: "undone", reps: 0, preview }]);
    expect(state.queue.map((c) => c.id)).toEqual(["b"]);
    expect(state.history.map((e) => e.reviewLogId)).toEqual(["l1"]);
  });

  it("is done when the queue is empty and ignores ratings then", () => {
    const done = run([rated(3, false), rated(4, false)]);
    expect(sessionProgress(done)).toEqual({ current: 3, total: 2, done: true });
    expect(sessionReducer(done, rated(3, false))).toBe(done);
    expect(sessionReducer(done, { type: "reveal" })).toBe(done);
  });

  it("skips a card rated elsewhere without counting it as reviewed", () => {
    const state = run([{ type: "skip" }]);
    expect(state.queue.map((c) => c.id)).toEqual(["b"]);
    expect(state).toMatchObject({ skipped: 1, history: [] });
  });
});

describe("sessionTally", () => {
  it("counts ratings, distinct cards, the breakdown, EXP and the time from the first card to the last rating", () => {
    const state = run([rated(1, true), rated(3, false), rated(3, false)]);
    expect(sessionTally(state)).toEqual({ ratings: 3, cards: 2, byRating: { 1: 1, 2: 0, 3: 2, 4: 0 }, exp: 6, durationMs: 7_000 });
  });
});
