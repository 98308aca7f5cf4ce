import { z } from "zod";
import { getQuestion, getQuestions, topics } from "@/lib/quiz";
import type { SetSpec } from "./sets";

/**
 * The quiz page's query: `?lesson=<id>`, `?topic=<topic>`, `?set=daily|mistakes` or `?question=<id>`
 * (one question, e.g. linked from a lesson or the progress page); none = the chooser.
 */
export type SetQuery =
  | { ok: true; spec: Exclude<SetSpec, { kind: "exam" }> | null }
  | { ok: false; field: "lesson" | "topic" | "set" | "question"; value: string };

const single = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(200).optional());
const querySchema = z.object({ lesson: single, topic: single, set: single, question: single });

export function parseSetQuery(searchParams: Record<string, string | string[] | undefined>): SetQuery {
  const { lesson, topic, set, question } = querySchema.parse(searchParams);
  if (question !== undefined) {
    return getQuestion(question) ? { ok: true, spec: { kind: "question", question } } : { ok: false, field: "question", value: question };
  }
  if (lesson !== undefined) {
    return getQuestions({ lesson }).length > 0 ? { ok: true, spec: { kind: "lesson", lesson } } : { ok: false, field: "lesson", value: lesson };
  }
  if (topic !== undefined) {
    const known = z.enum(topics).safeParse(topic);
    return known.success ? { ok: true, spec: { kind: "topic", topic: known.data } } : { ok: false, field: "topic", value: topic };
  }
  if (set !== undefined) {
    if (set === "daily" || set === "mistakes") return { ok: true, spec: { kind: set } };
    return { ok: false, field: "set", value: set };
  }
  return { ok: true, spec: null };
}
