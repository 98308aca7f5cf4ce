import { z } from "zod";
import { bilingualSchema, type Bilingual } from "@/lib/content/bilingual";

import deckConcurrencyThrottling from "@/content/cards/concurrency-throttling.json";
import deckAsyncInvocations from "@/content/cards/async-invocations.json";
import deckColdStarts from "@/content/cards/cold-starts-provisioned-concurrency.json";
import deckVersionsAliases from "@/content/cards/versions-aliases-env-vars.json";
import deckFileSystems from "@/content/cards/file-systems.json";
import deckOperatingConcurrency from "@/content/cards/operating-lambda-concurrency.json";

/**
 * Flashcards: one JSON file per deck in content/cards/, one deck per lesson.
 *
 * A deck file names its lesson once, lists the topics its cards may use (with a bilingual title for
 * the review UI), and holds the cards. Every card string uses the content inline markup
 * (`**bold**`, `` `code` ``, `{fact:id}`, `[[term:id|text]]`); numbers are written as `{fact:id}`
 * so that each one is kept, with its reference section, in content/facts.json.
 *
 * Files are imported statically (not read from disk) so that the server bundle always contains them;
 * cards.test.ts checks that every file in content/cards/ is registered here.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use a lowercase slug such as reserved-concurrency");

/** A section of ../shared/reference/lambda-behaviour.md, e.g. "4.3". */
const refSchema = z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'Use a reference section such as "4.3"');

export const topicSchema = z.strictObject({
  id: slug,
  title: bilingualSchema,
});

export const cardEntrySchema = z.strictObject({
  id: slug,
  topic: slug,
  front: bilingualSchema,
  back: bilingualSchema,
  ref: refSchema.optional(),
});

export const deckFileSchema = z
  .strictObject({
    lesson: slug,
    topics: z.array(topicSchema).min(1),
    cards: z.array(cardEntrySchema).min(1),
  })
  .superRefine((deck, ctx) => {
    const topicIds = new Set<string>();
    deck.topics.forEach((topic, i) => {
      if (topicIds.has(topic.id)) {
        ctx.addIssue({ code: "custom", path: ["topics", i, "id"], message: `Duplicate topic "${topic.id}"` });
      }
      topicIds.add(topic.id);
    });
    const cardIds = new Set<string>();
    deck.cards.forEach((card, i) => {
      if (cardIds.has(card.id)) {
        ctx.addIssue({ code: "custom", path: ["cards", i, "id"], message: `Duplicate card id "${card.id}"` });
      }
      cardIds.add(card.id);
      if (!topicIds.has(card.topic)) {
        ctx.addIssue({
          code: "custom",
          path: ["cards", i, "topic"],
          message: `Topic "${card.topic}" is not listed in the deck's topics`,
        });
      }
    });
    for (const topic of deck.topics) {
      if (!deck.cards.some((card) => card.topic === topic.id)) {
        ctx.addIssue({ code: "custom", path: ["topics"], message: `Topic "${topic.id}" has no card` });
      }
    }
  });

export type DeckFile = z.infer<typeof deckFileSchema>;
export type Topic = z.infer<typeof topicSchema>;

export interface Card {
  /** Stable slug, unique across all decks; review state is stored under it. */
  readonly id: string;
  /** The lesson id this card belongs to; a deck is the set of cards of one lesson. */
  readonly lesson: string;
  readonly topic: string;
  readonly front: Bilingual;
  readonly back: Bilingual;
  /** Reference section, e.g. "4.3". */
  readonly ref?: string;
}

export interface Deck {
  /** Same as the lesson id. */
  readonly id: string;
  readonly lesson: string;
  readonly topics: readonly Topic[];
  readonly cards: readonly Card[];
}

/** Registered deck files, in lesson order. The key is the file name without `.json`. */
export const deckSources: Readonly<Record<string, unknown>> = {
  "concurrency-throttling": deckConcurrencyThrottling,
  "async-invocations": deckAsyncInvocations,
  "cold-starts-provisioned-concurrency": deckColdStarts,
  "versions-aliases-env-vars": deckVersionsAliases,
  "file-systems": deckFileSystems,
  "operating-lambda-concurrency": deckOperatingConcurrency,
};

interface CardStore {
  decks: readonly Deck[];
  cards: readonly Card[];
  byId: ReadonlyMap<string, Card>;
  decksById: ReadonlyMap<string, Deck>;
}

/** Validates raw deck files and builds the store. Throws one error listing every problem found. */
export function buildCardStore(sources: Readonly<Record<string, unknown>>): CardStore {
  const problems: string[] = [];
  const decks: Deck[] = [];
  const byId = new Map<string, Card>();
  const decksById = new Map<string, Deck>();

  for (const [file, raw] of Object.entries(sources)) {
    const parsed = deckFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`content/cards/${file}.json: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
      }
      continue;
    }
    const data = parsed.data;
    if (data.lesson !== file) {
      problems.push(`content/cards/${file}.json: lesson "${data.lesson}" must match the file name`);
    }
    if (decksById.has(data.lesson)) {
      problems.push(`content/cards/${file}.json: a deck for lesson "${data.lesson}" already exists`);
      continue;
    }
    const cards: Card[] = data.cards.map((entry) =>
      Object.freeze({
        id: entry.id,
        lesson: data.lesson,
        topic: entry.topic,
        front: Object.freeze({ ...entry.front }),
        back: Object.freeze({ ...entry.back }),
        ...(entry.ref === undefined ? {} : { ref: entry.ref }),
      }),
    );
    for (const card of cards) {
      const other = byId.get(card.id);
      if (other) {
        problems.push(`content/cards/${file}.json: card id "${card.id}" is also used in deck "${other.lesson}"`);
        continue;
      }
      byId.set(card.id, card);
    }
    const deck: Deck = Object.freeze({
      id: data.lesson,
      lesson: data.lesson,
      topics: Object.freeze(data.topics.map((t) => Object.freeze({ id: t.id, title: Object.freeze({ ...t.title }) }))),
      cards: Object.freeze(cards),
    });
    decks.push(deck);
    decksById.set(deck.id, deck);
  }

  if (problems.length > 0) {
    throw new Error(`Invalid flashcard content:\n- ${problems.join("\n- ")}`);
  }
  return {
    decks: Object.freeze(decks),
    cards: Object.freeze(decks.flatMap((d) => d.cards)),
    byId,
    decksById,
  };
}

let store: CardStore | undefined;

/** Parsed once per server process; later calls reuse the result. */
function getStore(): CardStore {
  store ??= buildCardStore(deckSources);
  return store;
}

/** Every card of every deck, in lesson order and then file order. */
export function getCards(): readonly Card[] {
  return getStore().cards;
}

/** One card by id, or undefined. */
export function getCard(id: string): Card | undefined {
  return getStore().byId.get(id);
}

/** Every deck (one per lesson), in lesson order. */
export function getDecks(): readonly Deck[] {
  return getStore().decks;
}

/** One deck by lesson id, or undefined. */
export function getDeck(lesson: string): Deck | undefined {
  return getStore().decksById.get(lesson);
}
