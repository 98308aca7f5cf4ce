import { z } from "zod";
import { getQuestions, topics } from "@/lib/quiz";
import type { SetSpec } from "./sets";

/** The quiz page's query: `?lesson=<id>`, `?topic=<topic>` or `?set=daily|mistakes`; none = the chooser. */
export type SetQuery =
  | { ok: true; spec: Exclude<SetSpec, { kind: "exam" }> | null }
  | { ok: false; field: "lesson" | "topic" | "set"; value: string };

const single = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(200).optional());
const querySchema = z.object({ lesson: single, topic: single, set: single });

export function parseSetQuery(searchParams: Record<string, string | string[] | undefined>): SetQuery {
  const { lesson, topic, set } = querySchema.parse(searchParams);
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
