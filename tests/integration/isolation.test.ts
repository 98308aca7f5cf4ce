import { randomUUID } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Learner A cannot read, change, export or delete learner B's data through any route handler or
 * server action. The files are found on disk: a new app/**\/route.ts or app/**\/actions.ts (or a new
 * export of one) without a probe here fails the first test. Each probe is A aiming at B's data
 * with B's ids; afterwards every row of B (learner and account) must be exactly as before, and A's
 * answer must not mention any of B's identifiers.
 */

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
const HOST = "127.0.0.1:3998";
const ORIGIN = `http://${HOST}`;

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), after: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders(),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (...args: unknown[]) => {
      const [name, value] = typeof args[0] === "object" ? [(args[0] as { name: string }).name, (args[0] as { value: string }).value] : [args[0] as string, args[1] as string];
      if (value === "") request.cookies.delete(name);
      else request.cookies.set(name, value);
    },
    delete: (name: string) => request.cookies.delete(name),
  }),
}));

function requestHeaders(): Headers {
  const h = new Headers({ host: HOST, origin: ORIGIN, "x-forwarded-for": "203.0.113.9" });
  if (request.cookies.size) h.set("cookie", [...request.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
  return h;
}

const { createTestDatabase } = await import("./test-db");
type Tdb = Awaited<ReturnType<typeof createTestDatabase>>;
let tdb: Tdb;

const root = process.cwd();
function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return findFiles(full, name);
    return entry === name ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}
const routeFiles = findFiles(path.join(root, "app"), "route.ts");
const actionFiles = findFiles(path.join(root, "app"), "actions.ts");

interface Victim {
  learnerId: string;
  userId: string | null;
  email: string | null;
  sessionToken: string | null;
  attemptIds: string[];
  reviewLogIds: string[];
  cardId: string;
  lessonId: string;
  sectionId: string;
}

type Probe = (v: Victim) => Promise<unknown>;

const json = (body: unknown) => JSON.stringify(body);
const req = (pathname: string, init: { method?: string; body?: unknown } = {}) =>
  new Request(`${ORIGIN}${pathname}`, {
    method: init.method ?? "GET",
    headers: { ...Object.fromEntries(requestHeaders()), "content-type": "application/json" },
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : json(init.body),
  });
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

type RouteModule = Record<string, (request: Request, context?: unknown) => Promise<Response>>;
type ActionModule = Record<string, (...args: unknown[]) => Promise<unknown>>;
const load = async <T,>(file: string) => (await import(path.join(root, file))) as T;
const route = (file: string, method: string, request: Request) => load<RouteModule>(file).then((m) => m[method]!(request));
const action = (file: string, name: string, ...args: unknown[]) => load<ActionModule>(file).then((m) => m[name]!(...args));

const AUTH = "app/api/auth/[...all]/route.ts";
const FLASHCARDS = "app/[locale]/flashcards/actions.ts";
const LEARN = "app/[locale]/learn/actions.ts";
const ACCOUNT = "app/[locale]/account/actions.ts";

/** Per file and export: what learner A tries against victim B. */
const probes: Record<string, Record<string, Probe[]>> = {
  "app/api/health/route.ts": { GET: [() => route("app/api/health/route.ts", "GET", req("/api/health"))] },
  "app/api/learn/progress/route.ts": { GET: [(v) => route("app/api/learn/progress/route.ts", "GET", req(`/api/learn/progress?lesson=${v.lessonId}`))] },
  "app/api/learner/time-zone/route.ts": { POST: [() => route("app/api/learner/time-zone/route.ts", "POST", req("/api/learner/time-zone", { method: "POST", body: { timeZone: "Asia/Seoul" } }))] },
  "app/api/progress/export/route.ts": { GET: [() => route("app/api/progress/export/route.ts", "GET", req("/api/progress/export"))] },
  "app/api/progress/import/route.ts": {
    // A file naming B's row ids: the rows land in A's learner under ids of A's own.
    POST: [
      (v) =>
        route(
          "app/api/progress/import/route.ts",
          "POST",
          req("/api/progress/import", {
            method: "POST",
            body: {
              format: "concurrency-lab/progress",
              version: 1,
              exportedAt: new Date().toISOString(),
              settings: { timeZone: "UTC", readingMode: null, cardDirection: "en-ko", desiredRetention: 0.9, newCardsPerDay: 20, dailyGoalExp: 50, streakFreezes: 0, freezeEarnedWeek: null },
              sections: [],
              cards: [],
              reviews: [],
              attempts: v.attemptIds.map((id) => ({ id, questionId: "q", lessonId: "l", topic: "t", mode: "practice", seed: 1, params: "{}", createdAt: new Date().toISOString(), answer: null, correct: null, result: null, answeredAt: null })),
              rewards: [],
              achievements: [],
              studyDays: [],
            },
          }),
        ),
    ],
  },
  "app/api/quiz/attempts/route.ts": { POST: [() => route("app/api/quiz/attempts/route.ts", "POST", req("/api/quiz/attempts", { method: "POST", body: { questionIds: [firstQuestionId()], mode: "practice", locale: "en" } }))] },
  "app/api/quiz/grade/route.ts": {
    POST: [(v) => route("app/api/quiz/grade/route.ts", "POST", req("/api/quiz/grade", { method: "POST", body: { attemptId: v.attemptIds[0], answer: { type: "single", optionId: "a" }, idempotencyKey: randomUUID(), locale: "en" } }))],
  },
  "app/api/quiz/exam/route.ts": {
    POST: [(v) => route("app/api/quiz/exam/route.ts", "POST", req("/api/quiz/exam", { method: "POST", body: { attemptIds: v.attemptIds, answers: [], locale: "en" } }))],
  },
  "app/api/quiz/finish/route.ts": { POST: [(v) => route("app/api/quiz/finish/route.ts", "POST", req("/api/quiz/finish", { method: "POST", body: { attemptIds: v.attemptIds } }))] },
  [AUTH]: {
    GET: [() => route(AUTH, "GET", req("/api/auth/get-session")), () => route(AUTH, "GET", req("/api/auth/list-sessions"))],
    POST: [
      (v) => route(AUTH, "POST", req("/api/auth/revoke-session", { method: "POST", body: { token: v.sessionToken ?? "none" } })),
      (v) => route(AUTH, "POST", req("/api/auth/update-user", { method: "POST", body: { name: `renamed ${v.email}` } })),
      () => route(AUTH, "POST", req("/api/auth/revoke-other-sessions", { method: "POST", body: {} })),
    ],
  },
  [FLASHCARDS]: {
    rateCardAction: [(v) => action(FLASHCARDS, "rateCardAction", { cardId: v.cardId, rating: 1, expectedReps: 1 })],
    undoReviewAction: [(v) => action(FLASHCARDS, "undoReviewAction", { reviewLogId: v.reviewLogIds[0] })],
    nextDueAction: [() => action(FLASHCARDS, "nextDueAction", { deck: null })],
    saveSettingsAction: [() => action(FLASHCARDS, "saveSettingsAction", { status: "idle" }, form({ desiredRetention: "0.8", newCardsPerDay: "5", cardDirection: "ko-en" }))],
  },
  [LEARN]: {
    setReadingModeAction: [() => action(LEARN, "setReadingModeAction", form({ mode: "ko" }))],
    markSectionReadAction: [(v) => action(LEARN, "markSectionReadAction", { lessonId: v.lessonId, sectionId: v.sectionId, firstTries: {} })],
    claimLessonRewardsAction: [(v) => action(LEARN, "claimLessonRewardsAction", { lessonId: v.lessonId, firstTries: {} })],
  },
  [ACCOUNT]: {
    mergeGuestAction: [() => action(ACCOUNT, "mergeGuestAction", { status: "idle" }, form({}))],
    changePasswordAction: [() => action(ACCOUNT, "changePasswordAction", { status: "idle" }, form({ currentPassword: PASSWORD, newPassword: PASSWORD }))],
    deleteAccountAction: [(v) => action(ACCOUNT, "deleteAccountAction", { status: "idle" }, form({ confirmEmail: v.email ?? "nobody@example.test", locale: "en" }))],
    signOutAction: [() => action(ACCOUNT, "signOutAction", form({ locale: "en" }))],
    signOutEverywhereAction: [() => action(ACCOUNT, "signOutEverywhereAction", form({ locale: "en" }))],
  },
};

const PASSWORD = "isolation password 1";
let firstQuestionId: () => string;

async function signUp(email: string, guestCookie: string | null): Promise<{ userId: string; token: string; cookie: [string, string] }> {
  const { authFor } = await import("@/lib/auth/server");
  const headers = new Headers({ host: HOST, origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` });
  if (guestCookie) headers.set("cookie", guestCookie);
  const response = await authFor(headers).handler(new Request(`${ORIGIN}/api/auth/sign-up/email`, { method: "POST", headers, body: json({ email, password: PASSWORD, name: email }) }));
  expect(response.status).toBe(200);
  const set = response.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))!;
  const value = set.split(";")[0]!.slice("better-auth.session_token=".length);
  const { db } = await import("@/lib/db/client");
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, token: decodeURIComponent(value).split(".")[0]!, cookie: ["better-auth.session_token", value] };
}

async function seedLearner(learnerId: string): Promise<Omit<Victim, "userId" | "email" | "sessionToken">> {
  const { db } = await import("@/lib/db/client");
  const { getCards } = await import("@/lib/content/cards");
  const { getLessons } = await import("@/lib/content/lessons");
  const { rateCard } = await import("@/lib/srs");
  const { startAttempts } = await import("@/lib/quiz-session");
  const { completeSection } = await import("@/lib/reading/complete");
  await db().learner.upsert({ where: { id: learnerId }, create: { id: learnerId }, update: {} });
  const cardId = getCards()[0]!.id;
  const rated = await rateCard(db(), learnerId, { cardId, rating: 3, expectedReps: 0 }, new Date());
  if (rated.status !== "rated") throw new Error("seed rating failed");
  const lesson = getLessons()[0]!;
  await completeSection(db(), learnerId, lesson, lesson.sections[0]!.id, {});
  const { attempts } = await startAttempts(db(), learnerId, { questionIds: [firstQuestionId()], mode: "practice", locale: "en" });
  return { learnerId, attemptIds: attempts.map((a) => a.attemptId), reviewLogIds: [rated.reviewLogId], cardId, lessonId: lesson.id, sectionId: lesson.sections[0]!.id };
}

async function fingerprint(v: Victim): Promise<string> {
  const { db } = await import("@/lib/db/client");
  const c = db();
  const learnerId = v.learnerId;
  const rows = await Promise.all([
    c.learner.findUnique({ where: { id: learnerId } }),
    c.rewardEvent.findMany({ where: { learnerId }, orderBy: { sourceKey: "asc" } }),
    c.reviewLog.findMany({ where: { learnerId }, orderBy: { id: "asc" } }),
    c.quizAttempt.findMany({ where: { learnerId }, orderBy: { id: "asc" } }),
    c.cardState.findMany({ where: { learnerId }, orderBy: { cardId: "asc" } }),
    c.sectionProgress.findMany({ where: { learnerId }, orderBy: [{ lessonId: "asc" }, { sectionId: "asc" }] }),
    c.achievement.findMany({ where: { learnerId }, orderBy: [{ kind: "asc" }, { achievementId: "asc" }] }),
    c.studyDay.findMany({ where: { learnerId }, orderBy: { day: "asc" } }),
    v.userId ? c.user.findUnique({ where: { id: v.userId } }) : null,
    v.userId ? c.session.findMany({ where: { userId: v.userId }, orderBy: { id: "asc" } }) : null,
    v.userId ? c.account.findMany({ where: { userId: v.userId }, orderBy: { id: "asc" } }) : null,
  ]);
  return JSON.stringify(rows);
}

function markers(v: Victim): string[] {
  return [v.learnerId, v.email, v.userId, v.sessionToken, ...v.attemptIds, ...v.reviewLogIds].filter((m): m is string => typeof m === "string" && m.length > 0);
}

async function textOf(result: unknown): Promise<string> {
  if (result instanceof Response) return result.text();
  return JSON.stringify(result ?? null);
}

let victims: Victim[] = [];
let attackers: { name: string; cookies: [string, string][] }[] = [];

beforeAll(async () => {
  tdb = await createTestDatabase();
  process.env.DATABASE_URL = tdb.url;
  process.env.SESSION_SECRET = "isolation-secret-isolation-secret-0123456";
  delete process.env.BETTER_AUTH_SECRET;
  delete process.env.BETTER_AUTH_URL;
  const { getQuestions } = await import("@/lib/quiz");
  const { signLearnerId } = await import("@/lib/learner/cookie");
  firstQuestionId = () => getQuestions({ type: "single" })[0]!.id;

  // B: an account whose learner was a guest; C: a guest.
  const b = await seedLearner("victim-account-b1");
  const bCookie = `cl_learner=${await signLearnerId(b.learnerId, process.env.SESSION_SECRET)}`;
  const bUser = await signUp("victim-b@example.test", bCookie);
  const c = await seedLearner("victim-guest-c001");
  victims = [
    { ...b, userId: bUser.userId, email: "victim-b@example.test", sessionToken: bUser.token },
    { ...c, userId: null, email: null, sessionToken: null },
  ];

  const a = await signUp("attacker-a@example.test", null);
  attackers = [
    { name: "account A", cookies: [a.cookie] },
    { name: "guest A", cookies: [["cl_learner", await signLearnerId("attacker-guest-a1", process.env.SESSION_SECRET)]] },
  ];
});
afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db().$disconnect();
  await tdb.cleanup();
});

describe("isolation between learners", () => {
  it("has a probe for every route handler and server action on disk", async () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(10);
    expect(actionFiles.length).toBeGreaterThanOrEqual(3);
    for (const file of [...routeFiles, ...actionFiles]) {
      expect(probes[file], `${file} has no isolation probe`).toBeDefined();
      const exports = Object.entries(await load<Record<string, unknown>>(file)).filter(([, value]) => typeof value === "function").map(([name]) => name);
      expect(exports.length, `${file} exports no handler`).toBeGreaterThan(0);
      for (const name of exports) expect(probes[file]![name]?.length, `${file} ${name} has no isolation probe`).toBeGreaterThan(0);
    }
    for (const file of Object.keys(probes)) expect([...routeFiles, ...actionFiles], `probe for a file that is gone: ${file}`).toContain(file);
  });

  it("would notice a probe that changed or revealed a victim's data", async () => {
    const { db } = await import("@/lib/db/client");
    const victim = victims[1]!;
    const before = await fingerprint(victim);
    await db().studyDay.updateMany({ where: { learnerId: victim.learnerId }, data: { exp: { increment: 1 } } });
    expect(await fingerprint(victim)).not.toBe(before);
    await db().studyDay.updateMany({ where: { learnerId: victim.learnerId }, data: { exp: { decrement: 1 } } });
    expect(await fingerprint(victim)).toBe(before);
    const leaked = await textOf(Response.json({ attempts: [victim.attemptIds[0]] }));
    expect(markers(victim).some((m) => leaked.includes(m))).toBe(true);
  });

  it("no route or action lets learner A read, change, export or delete learner B's data", async () => {
    const failures: string[] = [];
    for (const attacker of attackers) {
      for (const [file, exportsOf] of Object.entries(probes)) {
        for (const [name, list] of Object.entries(exportsOf)) {
          for (const [i, probe] of list.entries()) {
            for (const victim of victims) {
              const before = await fingerprint(victim);
              request.cookies = new Map(attacker.cookies);
              let text: string;
              try {
                text = await textOf(await probe(victim));
              } catch (error) {
                const digest = error instanceof Error && "digest" in error ? String(error.digest) : "";
                if (!digest.startsWith("NEXT_REDIRECT")) throw new Error(`${attacker.name} ${file} ${name}#${i}: ${String(error)}`);
                text = digest;
              }
              const label = `${attacker.name} -> ${victim.userId ? "account" : "guest"} victim: ${file} ${name}#${i}`;
              if ((await fingerprint(victim)) !== before) failures.push(`${label} changed the victim's rows`);
              for (const m of markers(victim)) if (text.includes(m)) failures.push(`${label} revealed ${m}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
