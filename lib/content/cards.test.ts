import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCardStore, deckSources, getCard, getCards, getDeck, getDecks } from "@/lib/content/cards";
import { buildInlineContext } from "@/lib/content/context";
import { parseInline, validateInline, walkInline } from "@/lib/content/inline";
import { getLessons, type Lesson } from "@/lib/content/lessons";
import { findBareNumbersBilingual } from "@/lib/content/numbers";
import { findReferencePath } from "@/lib/content/reference-path";

const root = path.resolve(import.meta.dirname, "../..");
const cardsDir = path.join(root, "content/cards");
const referencePath = findReferencePath(root);

const cards = getCards();

/** Lessons are another engineer's content: load them without letting their errors hide the card tests. */
function loadLessons(): { lessons: readonly Lesson[]; error?: string } {
  try {
    return { lessons: getLessons() };
  } catch (error) {
    return { lessons: [], error: String(error) };
  }
}
const { lessons, error: lessonError } = loadLessons();

function cardStrings() {
  return cards.flatMap((card) =>
    (["front", "back"] as const).flatMap((side) =>
      (["en", "ko"] as const).map((locale) => ({ where: `${card.id}.${side}.${locale}`, text: card[side][locale] })),
    ),
  );
}

describe("flashcard decks", () => {
  it("registers every JSON file of content/cards in the loader", () => {
    const files = fs
      .readdirSync(cardsDir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(Object.keys(deckSources).sort()).toEqual(files);
  });

  it("load and validate, with at least 160 cards in total", () => {
    expect(getDecks().length).toBeGreaterThanOrEqual(6);
    expect(cards.length).toBeGreaterThanOrEqual(160);
    for (const deck of getDecks()) expect(deck.cards.length, deck.id).toBeGreaterThanOrEqual(10);
  });

  it("have unique card ids, and topic ids that never collide with card ids", () => {
    const ids = cards.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // The content test treats every `id` in content/cards as one namespace.
    const topicIds = getDecks().flatMap((d) => d.topics.map((t) => t.id));
    expect(topicIds.filter((id, i) => topicIds.indexOf(id) !== i)).toEqual([]);
    expect(topicIds.filter((id) => ids.includes(id))).toEqual([]);
  });

  it("use every listed topic at least once per deck, and only listed topics", () => {
    for (const deck of getDecks()) {
      const listed = deck.topics.map((t) => t.id).sort();
      const used = [...new Set(deck.cards.map((c) => c.topic))].sort();
      expect(used, deck.id).toEqual(listed);
    }
  });

  it("belong to lessons that exist, and every lesson has a deck", () => {
    expect(lessonError, "content/lessons must load").toBeUndefined();
    if (lessons.length === 0) return; // lessons not written yet
    const lessonIds = lessons.map((l) => l.id).sort();
    for (const card of cards) expect(lessonIds, card.id).toContain(card.lesson);
    expect(getDecks().map((d) => d.lesson).sort()).toEqual(lessonIds);
  });

  it("keep the decks in lesson order", () => {
    if (lessons.length === 0) return;
    const order = new Map(lessons.map((l) => [l.id, l.order]));
    const deckOrder = getDecks().map((d) => order.get(d.lesson) ?? 0);
    expect(deckOrder).toEqual([...deckOrder].sort((a, b) => a - b));
  });
});

describe("flashcard text", () => {
  const ctx = buildInlineContext(lessons);

  it("has sound markup, and every fact and glossary term resolves", () => {
    const problems = cardStrings().flatMap(({ where, text }) => validateInline(text, ctx).map((p) => `${where}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("spells no number itself (numbers are {fact:id}; Korean digits mirror English words)", () => {
    const problems = cards.flatMap((card) =>
      (["front", "back"] as const).flatMap((side) => {
        const bare = findBareNumbersBilingual(card[side]);
        return (["en", "ko"] as const).flatMap((locale) => (bare[locale].length ? [`${card.id}.${side}.${locale}: ${bare[locale].join(" ")}`] : []));
      }),
    );
    expect(problems).toEqual([]);
  });

  it("quotes the same facts in English and Korean", () => {
    const refs = (text: string) => {
      const out: string[] = [];
      walkInline(parseInline(text), (t) => {
        if (t.type === "fact") out.push(`${t.id}|${t.conversion ?? ""}`);
      });
      return out.sort().join(",");
    };
    const problems = cards.flatMap((card) =>
      (["front", "back"] as const).flatMap((side) =>
        refs(card[side].en) === refs(card[side].ko) ? [] : [`${card.id}.${side}`],
      ),
    );
    expect(problems).toEqual([]);
  });

  it("has Korean text in the Korean side", () => {
    const hangul = /[\uac00-\ud7a3]/;
    const problems = cardStrings().flatMap(({ where, text }) => (where.endsWith(".ko") && !hangul.test(text) ? [where] : []));
    expect(problems).toEqual([]);
  });

  it("cites reference sections that exist", () => {
    const reference = fs.readFileSync(referencePath, "utf8");
    const sections = new Set([...reference.matchAll(/^(\d{1,2}\.\d{1,2})\s/gm)].map((m) => m[1]));
    const missing = cards.filter((c) => c.ref !== undefined && !sections.has(c.ref)).map((c) => `${c.id}: ${c.ref}`);
    expect(missing).toEqual([]);
  });
});

describe("card loader API", () => {
  it("finds a card by id and a deck by lesson", () => {
    const first = cards[0]!;
    expect(getCard(first.id)).toBe(first);
    expect(getCard("no-such-card")).toBeUndefined();
    const deck = getDeck(first.lesson)!;
    expect(deck.cards).toContain(first);
    expect(getDeck("no-such-lesson")).toBeUndefined();
  });

  it("is cached: repeated calls return the same objects", () => {
    expect(getCards()).toBe(cards);
    expect(getDecks()).toBe(getDecks());
  });

  it("exposes each card with its deck's lesson", () => {
    for (const deck of getDecks()) for (const card of deck.cards) expect(card.lesson).toBe(deck.lesson);
  });
});

describe("buildCardStore", () => {
  const topic = { id: "t", title: { en: "T", ko: "티" } };
  const card = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    topic: "t",
    front: { en: "Q", ko: "질문" },
    back: { en: "A", ko: "답" },
    ...extra,
  });

  it("accepts a minimal deck", () => {
    const store = buildCardStore({ demo: { lesson: "demo", topics: [topic], cards: [card("a")] } });
    expect(store.cards.map((c) => c.lesson)).toEqual(["demo"]);
  });

  it.each([
    ["a missing Korean side", { lesson: "demo", topics: [topic], cards: [card("a", { back: { en: "A" } })] }, /ko/],
    ["an unknown topic", { lesson: "demo", topics: [topic], cards: [card("a", { topic: "other" })] }, /not listed/],
    ["a topic without cards", { lesson: "demo", topics: [topic, { id: "u", title: { en: "U", ko: "유" } }], cards: [card("a")] }, /"u" has no card/],
    ["a duplicate id", { lesson: "demo", topics: [topic], cards: [card("a"), card("a")] }, /Duplicate card id/],
    ["a bad ref", { lesson: "demo", topics: [topic], cards: [card("a", { ref: "four" })] }, /reference section/],
    ["an unknown key", { lesson: "demo", topics: [topic], cards: [card("a", { hint: "x" })] }, /hint/],
    ["a lesson that does not match the file", { lesson: "other", topics: [topic], cards: [card("a")] }, /match the file name/],
  ])("rejects %s", (_name, deck, message) => {
    expect(() => buildCardStore({ demo: deck })).toThrow(message);
  });

  it("rejects the same card id in two decks", () => {
    const deck = (lesson: string) => ({ lesson, topics: [topic], cards: [card("a")] });
    expect(() => buildCardStore({ one: deck("one"), two: deck("two") })).toThrow(/also used in deck "one"/);
  });
});
