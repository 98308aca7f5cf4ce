import { hashString, mixSeeds } from "./prng";
import type { Question } from "./schema";

/**
 * The ids the browser sees for options and ordering items are opaque per-attempt keys, not the
 * content ids: content ids are written by authors ("a" is often the right one) and would give the
 * answer away. Answers and grade results speak these keys; the mapping is deterministic from the
 * attempt's seed, so nothing needs storing.
 */
export interface KeyMap {
  /** content id -> public key */
  toKey: ReadonlyMap<string, string>;
  /** public key -> content id */
  toId: ReadonlyMap<string, string>;
}

function contentIds(question: Question): string[] {
  switch (question.type) {
    case "single":
    case "multi":
    case "scenario-choice":
      return question.options.map((o) => o.id);
    case "ordering":
      return question.items.map((i) => i.id);
    default:
      return [];
  }
}

export function keyMap(question: Question, seed: number): KeyMap {
  const toKey = new Map<string, string>();
  const toId = new Map<string, string>();
  contentIds(question).forEach((id, index) => {
    let key = `o${mixSeeds(seed >>> 0, hashString(`${question.id}\u0000${id}`)).toString(36).padStart(7, "0")}`;
    if (toId.has(key)) key = `${key}${index}`; // astronomically rare; still deterministic
    toKey.set(id, key);
    toId.set(key, id);
  });
  return { toKey, toId };
}

/** The public key of one option or item for an attempt (tests and server code). */
export function publicKey(question: Question, seed: number, contentId: string): string {
  const key = keyMap(question, seed).toKey.get(contentId);
  if (!key) throw new Error(`question ${question.id} has no option or item "${contentId}"`);
  return key;
}
