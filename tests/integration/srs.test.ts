import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getCards, getDeck, getDecks } from "@/lib/content/cards";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { getOverview, getReviewQueue, nextDueAfter, rateCard, saveSrsSettings, undoReview, getSrsSettings } from "@/lib/srs";

let tdb: TestDatabase;
const learnerId = "learner-srs";
const now = new Date("2026-11-22T09:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

beforeEach(async () => {
  tdb = await createTestDatabase();
  await tdb.client.learner.create({ data: { id: learnerId } });
});

afterEach(async () => {
  await tdb.cleanup();
});

const firstCard = () => getCards()[0]!;

describe("rating a card", () => {
  it("stores the new card state and a log with no previous state, and grants review EXP once", async () => {
    const card = firstCard();
    const result = await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 3, expectedReps: 0 }, now);
    expect(result.status).toBe("rated");
    if (result.status !== "rated") return;
    expect(result.reps).toBe(1);
    expect(result.due).toEqual(later(10 * MINUTE));
    expect(result.requeue).toBe(true);
    expect(result.reward).toMatchObject({ granted: true, expGained: 2 });

    const state = await tdb.client.cardState.findUniqueOrThrow({ where: { learnerId_cardId: { learnerId, cardId: card.id } } });
    expect(state).toMatchObject({ reps: 1, due: later(10 * MINUTE), lastReview: now, state: 1 });
    const logs = await tdb.client.reviewLog.findMany({ where: { learnerId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ id: result.reviewLogId, cardId: card.id, rating: 3, state: 0, reviewedAt: now, previousState: null });
    const grants = await tdb.client.rewardEvent.findMany({ where: { learnerId } });
    expect(grants).toEqual([expect.objectContaining({ sourceKey: `review:${result.reviewLogId}`, kind: "review", exp: 2 })]);
  });

  it("refuses a rating made from a state the card no longer has", async () => {
    const card = firstCard();
    await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 4, expectedReps: 0 }, now);
    const again = await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 4, expectedReps: 0 }, later(1000));
    expect(again).toEqual({ status: "stale" });
    expect(await tdb.client.reviewLog.count()).toBe(1);
  });

  it("answers unknown-card for an id not in the content", async () => {
    expect(await rateCard(tdb.client, learnerId, { cardId: "no-such-card", rating: 3, expectedReps: 0 }, now)).toEqual({ status: "unknown-card" });
  });

  it("rejects a rating outside 1–4", async () => {
    await expect(rateCard(tdb.client, learnerId, { cardId: firstCard().id, rating: 5 as 1, expectedReps: 0 }, now)).rejects.toThrow(/Rating must be/);
  });
});

describe("undo", () => {
  it("forgets a card that was new and removes its log", async () => {
    const card = firstCard();
    const rated = await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 3, expectedReps: 0 }, now);
    if (rated.status !== "rated") throw new Error(rated.status);
    const undone = await undoReview(tdb.client, learnerId, { reviewLogId: rated.reviewLogId }, later(MINUTE));
    expect(undone).toMatchObject({ status: "undone", cardId: card.id, reps: 0 });
    expect(await tdb.client.cardState.count()).toBe(0);
    expect(await tdb.client.reviewLog.count()).toBe(0);
  });

  it("restores the exact previous state of a card seen before", async () => {
    const card = firstCard();
    await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 4, expectedReps: 0 }, now);
    const key = { learnerId_cardId: { learnerId, cardId: card.id } };
    const before = await tdb.client.cardState.findUniqueOrThrow({ where: key });
    const second = await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 1, expectedReps: 1 }, before.due);
    if (second.status !== "rated") throw new Error(second.status);
    expect(await tdb.client.cardState.findUniqueOrThrow({ where: key })).not.toEqual(before);

    await undoReview(tdb.client, learnerId, { reviewLogId: second.reviewLogId }, before.due);
    expect(await tdb.client.cardState.findUniqueOrThrow({ where: key })).toEqual(before);
    expect(await tdb.client.reviewLog.count()).toBe(1);
  });

  it("keeps the EXP and does not grant it again when the same card is rated again after undo", async () => {
    const card = firstCard();
    const first = await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 3, expectedReps: 0 }, now);
    if (first.status !== "rated") throw new Error(first.status);
    await undoReview(tdb.client, learnerId, { reviewLogId: first.reviewLogId }, now);
    const again = await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 4, expectedReps: 0 }, later(5000));
    if (again.status !== "rated") throw new Error(again.status);
    expect(again.reviewLogId).toBe(first.reviewLogId);
    expect(again.reward).toMatchObject({ granted: false, expGained: 0 });
    const grants = await tdb.client.rewardEvent.findMany({ where: { learnerId } });
    expect(grants.map((g) => g.exp)).toEqual([2]);
  });

  it("only undoes the latest rating of a card", async () => {
    const card = firstCard();
    const first = await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 1, expectedReps: 0 }, now);
    if (first.status !== "rated") throw new Error(first.status);
    await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 3, expectedReps: 1 }, later(MINUTE));
    expect(await undoReview(tdb.client, learnerId, { reviewLogId: first.reviewLogId }, later(2 * MINUTE))).toEqual({ status: "not-latest" });
    expect(await tdb.client.reviewLog.count()).toBe(2);
  });

  it("does not undo another learner's review", async () => {
    const rated = await rateCard(tdb.client, learnerId, { cardId: firstCard().id, rating: 3, expectedReps: 0 }, now);
    if (rated.status !== "rated") throw new Error(rated.status);
    await tdb.client.learner.create({ data: { id: "someone-else" } });
    expect(await undoReview(tdb.client, "someone-else", { reviewLogId: rated.reviewLogId }, now)).toEqual({ status: "not-found" });
    expect(await tdb.client.reviewLog.count()).toBe(1);
  });
});

describe("due counts and the review queue", () => {
  it("shows a fresh learner only new cards, up to the daily limit", async () => {
    const overview = await getOverview(tdb.client, learnerId, now);
    expect(overview.due).toBe(0);
    expect(overview.newLeftToday).toBe(20);
    expect(overview.newToday).toBe(20);
    expect(overview.decks.map((d) => d.unseen)).toEqual(getDecks().map((d) => d.cards.length));
    const queue = await getReviewQueue(tdb.client, learnerId, now);
    expect(queue.items).toHaveLength(20);
    expect(queue.items.every((i) => i.isNew)).toBe(true);
  });

  it("treats a learner without a row or cookie as a learner with no progress", async () => {
    const overview = await getOverview(tdb.client, null, now);
    expect(overview).toMatchObject({ due: 0, newToday: 20, nextDue: null });
  });

  it("counts a rated card as due once its time comes, and spends the new-card allowance", async () => {
    const deck = getDecks()[0]!;
    const card = deck.cards[0]!;
    await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 4, expectedReps: 0 }, now);
    const state = await tdb.client.cardState.findUniqueOrThrow({ where: { learnerId_cardId: { learnerId, cardId: card.id } } });

    const sameDay = await getOverview(tdb.client, learnerId, later(MINUTE));
    expect(sameDay.due).toBe(0);
    expect(sameDay.newLeftToday).toBe(19);
    expect(sameDay.nextDue).toEqual(state.due);
    expect(await nextDueAfter(tdb.client, learnerId, later(MINUTE), deck.cards.map((c) => c.id))).toEqual(state.due);

    const whenDue = await getOverview(tdb.client, learnerId, state.due);
    expect(whenDue.decks[0]).toMatchObject({ deckId: deck.id, due: 1, unseen: deck.cards.length - 1 });
    expect(whenDue.newLeftToday).toBe(20); // a later day: a fresh allowance

    const queue = await getReviewQueue(tdb.client, learnerId, state.due, getDeck(deck.id));
    expect(queue.items[0]).toMatchObject({ card: { id: card.id }, isNew: false, reps: 1 });
    expect(queue.items.slice(1).every((i) => i.isNew && i.card.lesson === deck.id)).toBe(true);
  });

  it("puts the most overdue card first", async () => {
    const [a, b] = getCards();
    await rateCard(tdb.client, learnerId, { cardId: a!.id, rating: 3, expectedReps: 0 }, later(MINUTE));
    await rateCard(tdb.client, learnerId, { cardId: b!.id, rating: 3, expectedReps: 0 }, now);
    const queue = await getReviewQueue(tdb.client, learnerId, later(DAY));
    expect(queue.items.slice(0, 2).map((i) => i.card.id)).toEqual([b!.id, a!.id]);
  });

  it("stops offering new cards when today's limit is used, counted in the learner's time zone", async () => {
    await tdb.client.learner.update({ where: { id: learnerId }, data: { newCardsPerDay: 2, timeZone: "Asia/Seoul" } });
    const [a, b] = getCards();
    // 23:50 in Seoul on 22 Nov
    const lateNight = new Date("2026-11-22T14:50:00Z");
    await rateCard(tdb.client, learnerId, { cardId: a!.id, rating: 4, expectedReps: 0 }, lateNight);
    await rateCard(tdb.client, learnerId, { cardId: b!.id, rating: 4, expectedReps: 0 }, lateNight);
    expect((await getReviewQueue(tdb.client, learnerId, new Date("2026-11-22T14:55:00Z"))).items).toHaveLength(0);
    // 00:05 in Seoul on 23 Nov: a new local day, still 22 Nov in UTC
    const overview = await getOverview(tdb.client, learnerId, new Date("2026-11-22T15:05:00Z"));
    expect(overview.newLeftToday).toBe(2);
  });
});

describe("settings", () => {
  it("saves valid settings and reads them back", async () => {
    await saveSrsSettings(tdb.client, learnerId, { desiredRetention: 0.85, newCardsPerDay: 5, cardDirection: "both" });
    expect(await getSrsSettings(tdb.client, learnerId)).toEqual({ desiredRetention: 0.85, newCardsPerDay: 5, cardDirection: "both", timeZone: "UTC" });
    expect((await getOverview(tdb.client, learnerId, now)).newToday).toBe(5);
  });

  it("rejects settings out of range and keeps the stored ones", async () => {
    await expect(saveSrsSettings(tdb.client, learnerId, { desiredRetention: 0.99, newCardsPerDay: 5, cardDirection: "both" })).rejects.toThrow(
      /at most 0.97/,
    );
    await expect(saveSrsSettings(tdb.client, learnerId, { desiredRetention: 0.9, newCardsPerDay: 5, cardDirection: "sideways" })).rejects.toThrow(
      /Card direction/,
    );
    expect(await getSrsSettings(tdb.client, learnerId)).toMatchObject({ desiredRetention: 0.9, newCardsPerDay: 20, cardDirection: "en-ko" });
  });

  it("schedules with the learner's desired retention", async () => {
    const card = firstCard();
    await rateCard(tdb.client, learnerId, { cardId: card.id, rating: 4, expectedReps: 0 }, now);
    const state = await tdb.client.cardState.findUniqueOrThrow({ where: { learnerId_cardId: { learnerId, cardId: card.id } } });
    const strict = (await getReviewQueue(tdb.client, learnerId, state.due)).items[0]!.preview[3];
    await saveSrsSettings(tdb.client, learnerId, { desiredRetention: 0.7, newCardsPerDay: 20, cardDirection: "en-ko" });
    const relaxed = (await getReviewQueue(tdb.client, learnerId, state.due)).items[0]!.preview[3];
    expect(relaxed).toBeGreaterThan(strict);
  });
});
