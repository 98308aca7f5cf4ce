/**
 * Study under load (issue 9): 200 concurrent learners, half signed in (each its own account, made
 * through POST /api/auth/sign-up/email) and half guests, for 30 s against the production server.
 * Each learner loops: answer a quiz question (start an attempt, then grade it), then rate a
 * flashcard (the review page's server action, called as the browser calls it). Every reply's EXP
 * grant is added up per learner; afterwards the server's database must hold exactly that EXP per
 * learner (the ledger and the study days), and no request may fail. Each learner sends its own
 * X-Forwarded-For, as it would behind a proxy, so per-IP limits see 200 clients, not one.
 *
 * Run through `npm run bench`, or alone (it starts its own server): `npx tsx scripts/bench/study-load.ts`.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { getCards } from "../../lib/content/cards";
import { createPrismaClient } from "../../lib/db/client";
import { getQuestions } from "../../lib/quiz";

const LEARNERS = 200;
const DURATION_MS = 30_000;
/** Pause between one learner's requests: uniform in [min, max) ms (people click, they do not spin). */
const THINK_MS = { min: 200, max: 1_000 };

interface Learner {
  kind: "account" | "guest";
  ip: string;
  cookie: string;
  email?: string;
  toldExp: number;
  cardReps: Map<string, number>;
  next: number;
}

interface Timings {
  grade: number[];
  rate: number[];
  errors: string[];
}

const questionIds = getQuestions({ type: "single" }).map((q) => q.id);
const cardIds = getCards().map((c) => c.id);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rateActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === "rateCardAction");
  if (!entry) throw new Error("rateCardAction is not in the build's server-reference manifest");
  return entry[0];
}

function headersOf(learner: Learner, baseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return { origin: baseUrl, "x-forwarded-for": learner.ip, ...(learner.cookie ? { cookie: learner.cookie } : {}), ...extra };
}

async function postJson(baseUrl: string, learner: Learner, route: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${route}`, { method: "POST", headers: headersOf(learner, baseUrl, { "content-type": "application/json" }), body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${route}: HTTP ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

async function newLearner(baseUrl: string, index: number): Promise<Learner> {
  const ip = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  const learner: Learner = { kind: index % 2 === 0 ? "account" : "guest", ip, cookie: "", toldExp: 0, cardReps: new Map(), next: index };
  if (learner.kind === "guest") {
    const response = await fetch(`${baseUrl}/en`, { headers: headersOf(learner, baseUrl), redirect: "manual" });
    await response.arrayBuffer();
    learner.cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  } else {
    learner.email = `bench-${index}-${randomUUID().slice(0, 8)}@example.test`;
    const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: headersOf(learner, baseUrl, { "content-type": "application/json" }),
      body: JSON.stringify({ email: learner.email, password: "bench password 123", name: learner.email }),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`sign-up: HTTP ${response.status}`);
    learner.cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  }
  if (!learner.cookie) throw new Error(`no cookie for a new ${learner.kind}`);
  return learner;
}

async function answer(baseUrl: string, learner: Learner, timings: Timings): Promise<void> {
  const questionId = questionIds[learner.next % questionIds.length]!;
  const { attempts } = (await postJson(baseUrl, learner, "/api/quiz/attempts", { questionIds: [questionId], mode: "practice", locale: "en" })) as {
    attempts: { attemptId: string; question: { options?: { id: string }[] } }[];
  };
  const attempt = attempts[0]!;
  const options = attempt.question.options ?? [];
  const t0 = performance.now();
  const graded = (await postJson(baseUrl, learner, "/api/quiz/grade", {
    attemptId: attempt.attemptId,
    answer: { type: "single", optionId: options[learner.next % Math.max(1, options.length)]?.id ?? "a" },
    idempotencyKey: randomUUID(),
    locale: "en",
  })) as { reward: { expGained: number } | null };
  timings.grade.push(performance.now() - t0);
  learner.toldExp += graded.reward?.expGained ?? 0;
}

/** A server action over HTTP, as React calls it: its id in Next-Action, the arguments as a JSON array. */
async function rate(baseUrl: string, learner: Learner, actionId: string, timings: Timings): Promise<void> {
  const cardId = cardIds[learner.next % cardIds.length]!;
  const t0 = performance.now();
  const response = await fetch(`${baseUrl}/en/flashcards/review`, {
    method: "POST",
    headers: headersOf(learner, baseUrl, { "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" }),
    body: JSON.stringify([{ cardId, rating: 3, expectedReps: learner.cardReps.get(cardId) ?? 0 }]),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`rateCardAction: HTTP ${response.status} ${text.slice(0, 200)}`);
  timings.rate.push(performance.now() - t0);
  const line = text.split("\n").find((l) => l.startsWith("1:"));
  const result = line ? (JSON.parse(line.slice(2)) as { status: string; reps?: number; reward?: { expGained: number } }) : null;
  if (result?.status !== "rated") throw new Error(`rateCardAction answered ${line ?? text.slice(0, 200)}`);
  learner.cardReps.set(cardId, result.reps!);
  learner.toldExp += result.reward?.expGained ?? 0;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;
}

const summary = (label: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${label}: ${values.length} requests, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
};

/** EXP per learner as the database has it: the ledger, and the study days (which must agree). */
async function storedExp(databaseUrl: string, learners: readonly Learner[]): Promise<{ ledger: Map<Learner, number>; days: Map<Learner, number> }> {
  const client = createPrismaClient(databaseUrl);
  try {
    const ledger = new Map<Learner, number>();
    const days = new Map<Learner, number>();
    for (const learner of learners) {
      const where =
        learner.kind === "guest" ? { id: decodeURIComponent(learner.cookie.split("cl_learner=")[1]!.split(";")[0]!).split(".")[0]! } : { user: { email: learner.email! } };
      const row = await client.learner.findFirst({ where, select: { id: true } });
      const learnerId = row?.id ?? "";
      ledger.set(learner, (await client.rewardEvent.aggregate({ where: { learnerId }, _sum: { exp: true } }))._sum.exp ?? 0);
      days.set(learner, (await client.studyDay.aggregate({ where: { learnerId }, _sum: { exp: true } }))._sum.exp ?? 0);
    }
    return { ledger, days };
  } finally {
    await client.$disconnect();
  }
}

export async function runStudyLoadBench(baseUrl: string, databaseUrl: string): Promise<void> {
  console.log(`\n## Study under load (${LEARNERS} learners, half signed in, answering and rating cards for ${DURATION_MS / 1000} s)`);
  const actionId = rateActionId();
  const learners: Learner[] = [];
  for (let i = 0; i < LEARNERS; i += 20) learners.push(...(await Promise.all(Array.from({ length: Math.min(20, LEARNERS - i) }, (_, j) => newLearner(baseUrl, i + j)))));
  const timings: Timings = { grade: [], rate: [], errors: [] };
  const started = performance.now();
  const deadline = started + DURATION_MS;
  await Promise.all(
    learners.map(async (learner) => {
      while (performance.now() < deadline) {
        try {
          await answer(baseUrl, learner, timings);
          await sleep(THINK_MS.min + Math.random() * (THINK_MS.max - THINK_MS.min));
          await rate(baseUrl, learner, actionId, timings);
        } catch (error) {
          timings.errors.push(String(error));
        }
        learner.next += 1;
        await sleep(THINK_MS.min + Math.random() * (THINK_MS.max - THINK_MS.min));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  console.log(summary("grade (POST /api/quiz/grade)", timings.grade));
  console.log(summary("rate (rateCardAction)", timings.rate));
  console.log(`${((timings.grade.length + timings.rate.length) / elapsed).toFixed(1)} graded answers and ratings per second over ${elapsed.toFixed(1)} s`);
  console.log(`errors: ${timings.errors.length}${timings.errors.length ? ` (first: ${timings.errors[0]})` : ""}`);

  const { ledger, days } = await storedExp(databaseUrl, learners);
  const told = learners.reduce((sum, l) => sum + l.toldExp, 0);
  const mismatched = learners.filter((l) => ledger.get(l) !== l.toldExp || days.get(l) !== l.toldExp);
  const stored = [...ledger.values()].reduce((a, b) => a + b, 0);
  console.log(`EXP told to clients ${told}, stored in the ledger ${stored}; learners whose stored EXP (ledger or study days) differs: ${mismatched.length}`);
  if (timings.errors.length || mismatched.length) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { startTestServer } = await import("../lib/test-server");
  const server = await startTestServer();
  try {
    await runStudyLoadBench(server.baseUrl, server.databaseUrl);
  } finally {
    await server.stop();
  }
}
