import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import { localDay } from "@/lib/progress/days";
import { getQuestions, type Question, type Topic } from "@/lib/quiz";

/** Which questions a quiz session asks, chosen on the server (the browser gets only the ids). */
export type SetSpec =
  | { kind: "lesson"; lesson: string }
  | { kind: "topic"; topic: Topic }
  | { kind: "question"; question: string }
  | { kind: "daily" }
  | { kind: "mistakes" }
  | { kind: "exam" };

export const DAILY_SET_SIZE = 10;
export const EXAM_SET_SIZE = 20;
/** The real exam allows about 2.4 minutes per question (75 in 180 minutes); 20 questions get 50. */
export const EXAM_MINUTES = 50;
/** Review shows the most recent mistakes first, at most this many per session. */
export const MISTAKES_SET_SIZE = 20;

function hashOrder(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** A deterministic shuffle: the same salt always gives the same order. */
function orderBy<T extends { id: string }>(items: readonly T[], salt: string): T[] {
  return items
    .map((item) => ({ item, rank: hashOrder(`${salt}\u0000${item.id}`) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((x) => x.item);
}

/**
 * Picks `size` questions spread over the lessons: lesson by lesson in turn, each lesson's questions
 * in the given order, so a mixed set never clusters on one lesson.
 */
function spreadOverLessons(ordered: readonly Question[], size: number): Question[] {
  const byLesson = new Map<string, Question[]>();
  for (const q of ordered) byLesson.set(q.lesson, [...(byLesson.get(q.lesson) ?? []), q]);
  const queues = [...byLesson.values()];
  const picked: Question[] = [];
  while (picked.length < size && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < size) picked.push(next);
    }
  }
  return picked;
}

/** The learner's daily set: the same questions all day (in the learner's time zone), new ones tomorrow. */
export function dailySet(learnerId: string, day: string): string[] {
  return spreadOverLessons(orderBy(getQuestions(), `daily\u0000${learnerId}\u0000${day}`), DAILY_SET_SIZE).map((q) => q.id);
}

/** A fresh exam-style set: mixed over every lesson, drawn with the CSPRNG so no two sets repeat. */
export function examSet(): string[] {
  return spreadOverLessons(orderBy(getQuestions(), `exam\u0000${randomUUID()}`), EXAM_SET_SIZE).map((q) => q.id);
}

/** Questions whose most recent answer was wrong, most recent first. */
export async function mistakesSet(client: PrismaClient, learnerId: string): Promise<string[]> {
  const answered = await client.quizAttempt.findMany({
    where: { learnerId, answeredAt: { not: null } },
    orderBy: { answeredAt: "desc" },
    select: { questionId: true, correct: true },
  });
  const latest = new Map<string, boolean>();
  for (const a of answered) if (!latest.has(a.questionId)) latest.set(a.questionId, a.correct === true);
  const known = new Set(getQuestions().map((q) => q.id));
  return [...latest].filter(([id, correct]) => !correct && known.has(id)).slice(0, MISTAKES_SET_SIZE).map(([id]) => id);
}

/** The learner's local calendar day; an unknown stored time zone falls back to UTC rather than failing the page. */
export async function learnerDay(client: PrismaClient, learnerId: string | null, now: Date): Promise<string> {
  const learner = learnerId ? await client.learner.findUnique({ where: { id: learnerId }, select: { timeZone: true } }) : null;
  try {
    return localDay(now, learner?.timeZone ?? "UTC");
  } catch {
    return localDay(now, "UTC");
  }
}

/** The question ids of a set, in the order they are asked. A null learner (first visit) has no mistakes yet. */
export async function questionSet(client: PrismaClient, learnerId: string | null, spec: SetSpec, now: Date = new Date()): Promise<string[]> {
  switch (spec.kind) {
    case "lesson":
      return getQuestions({ lesson: spec.lesson }).map((q) => q.id);
    case "topic":
      return getQuestions({ topic: spec.topic }).map((q) => q.id);
    case "question":
      return [spec.question];
    case "daily":
      return dailySet(learnerId ?? "guest", await learnerDay(client, learnerId, now));
    case "mistakes":
      return learnerId ? mistakesSet(client, learnerId) : [];
    case "exam":
      return examSet();
  }
}
