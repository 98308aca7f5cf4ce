import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { createAuth } = await import("@/lib/auth/config");
const { signLearnerId } = await import("@/lib/learner/cookie");
const { resolveLearner, ensureWritableLearner } = await import("@/lib/learner/identity");
const { mergeGuestInto, MergeRefusedError } = await import("@/lib/learner/merge");
const { deleteAccountAndData } = await import("@/lib/learner/erase");
const { award, sourceKeys } = await import("@/lib/progress");
const { readSnapshot } = await import("@/lib/progress/snapshot");
const { createTestDatabase } = await import("./test-db");
type Tdb = Awaited<ReturnType<typeof createTestDatabase>>;

const env: NodeJS.ProcessEnv = { ...process.env, BETTER_AUTH_SECRET: "", BETTER_AUTH_URL: "", SESSION_SECRET: "test-secret-test-secret-test-secret-0123" };
const HOST = "127.0.0.1:3999";
let tdb: Tdb;
let auth: ReturnType<typeof createAuth>;
let secureAuth: ReturnType<typeof createAuth>;
let ipCounter = 0;

beforeAll(async () => {
  tdb = await createTestDatabase();
  auth = createAuth({ client: tdb.client, secure: false, env });
  secureAuth = createAuth({ client: tdb.client, secure: true, env });
});
afterAll(async () => {
  await tdb.cleanup();
});

/** A fresh client IP per call unless given, so the sign-in rate limit only bites where a test wants it. */
function post(path: string, body: unknown, { cookie, ip, https, origin }: { cookie?: string; ip?: string; https?: boolean; origin?: string } = {}) {
  const headers = new Headers({ "content-type": "application/json", host: HOST, origin: origin ?? `${https ? "https" : "http"}://${HOST}`, "x-forwarded-for": ip ?? `10.0.${++ipCounter >> 8}.${ipCounter & 255}` });
  if (cookie) headers.set("cookie", cookie);
  if (https) headers.set("x-forwarded-proto", "https");
  return (https ? secureAuth : auth).handler(new Request(`http://${HOST}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

function sessionCookie(response: Response): string {
  const set = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!set) throw new Error(`no session cookie (status ${response.status})`);
  return set.split(";")[0]!;
}

let emailCounter = 0;
const newEmail = () => `learner${++emailCounter}@example.test`;
const PASSWORD = "correct horse battery";

async function signUp(email: string, cookie?: string) {
  const response = await post("/sign-up/email", { email, password: PASSWORD, name: email }, { cookie });
  expect(response.status).toBe(200);
  const user = await tdb.client.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, cookie: sessionCookie(response) };
}

async function guestWithProgress(id: string) {
  await tdb.client.learner.create({ data: { id } });
  await award(tdb.client, id, { sourceKey: sourceKeys.section("intro", "s1"), kind: "section", exp: 10 });
  return `cl_learner=${await signLearnerId(id, env.SESSION_SECRET!)}`;
}

describe("sign-up", () => {
  it("keeps the guest's progress: the guest learner becomes the account's learner", async () => {
    const guestCookie = await guestWithProgress("guest-signup-0001");
    const { userId } = await signUp(newEmail(), guestCookie);
    const learner = await tdb.client.learner.findUniqueOrThrow({ where: { userId } });
    expect(learner.id).toBe("guest-signup-0001");
    expect((await readSnapshot(tdb.client, learner.id, new Date())).totalExp).toBe(10);
    // The browser, once signed out, is a new guest: the account's learner is not a guest's any more.
    expect(await resolveLearner(tdb.client, { userId: null, guestId: "guest-signup-0001" })).toBeNull();
    expect(await resolveLearner(tdb.client, { userId, guestId: null })).toBe("guest-signup-0001");
  });

  it("hashes the password with scrypt and a random salt, never storing it", async () => {
    const email = newEmail();
    const { userId } = await signUp(email);
    const account = await tdb.client.account.findFirstOrThrow({ where: { userId, providerId: "credential" } });
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(account.password).not.toContain(PASSWORD);
  });

  it("sets an httpOnly, SameSite=Lax session cookie; Secure (and __Secure-) only over HTTPS, X-Forwarded-Proto included", async () => {
    const plain = await post("/sign-up/email", { email: newEmail(), password: PASSWORD, name: "x" });
    const plainCookie = plain.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(plainCookie).toMatch(/^better-auth\.session_token=/);
    expect(plainCookie).toMatch(/HttpOnly/i);
    expect(plainCookie).toMatch(/SameSite=Lax/i);
    expect(plainCookie).not.toMatch(/;\s*Secure/i);

    const secure = await post("/sign-up/email", { email: newEmail(), password: PASSWORD, name: "x" }, { https: true });
    expect(secure.status).toBe(200);
    const secureCookie = secure.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(secureCookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(secureCookie).toMatch(/;\s*Secure/i);
    expect(secureCookie).toMatch(/HttpOnly/i);
    expect(secureCookie).toMatch(/SameSite=Lax/i);
  });

  it("refuses a cross-origin request that carries cookies", async () => {
    const guestCookie = await guestWithProgress("guest-csrf-00001");
    const response = await post("/sign-up/email", { email: newEmail(), password: PASSWORD, name: "x" }, { cookie: guestCookie, origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await tdb.client.learner.findUniqueOrThrow({ where: { id: "guest-csrf-00001" } })).toMatchObject({ userId: null });
  });
});

describe("sessions", () => {
  it("rotates the session at every sign-in, and signing out everywhere revokes them all", async () => {
    const email = newEmail();
    const first = await signUp(email);
    const second = sessionCookie(await post("/sign-in/email", { email, password: PASSWORD }));
    const third = sessionCookie(await post("/sign-in/email", { email, password: PASSWORD }, { cookie: second }));
    expect(new Set([first.cookie, second, third]).size).toBe(3);
    expect(await tdb.client.session.count({ where: { userId: first.userId } })).toBe(3);

    const who = (cookie: string) => auth.api.getSession({ headers: new Headers({ cookie, host: HOST }) });
    expect((await who(second))?.user.id).toBe(first.userId);

    const revoke = await post("/revoke-sessions", {}, { cookie: third });
    expect(revoke.status).toBe(200);
    expect(await tdb.client.session.count({ where: { userId: first.userId } })).toBe(0);
    for (const cookie of [first.cookie, second, third]) expect(await who(cookie)).toBeNull();
  });

  it("limits sign-in attempts per IP in the database (429), other IPs unaffected", async () => {
    const email = newEmail();
    await signUp(email);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await post("/sign-in/email", { email, password: "wrong password!" }, { ip: "192.0.2.7" })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const limited = await post("/sign-in/email", { email, password: PASSWORD }, { ip: "192.0.2.7" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("x-retry-after") ?? limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post("/sign-in/email", { email, password: PASSWORD }, { ip: "192.0.2.8" })).status).toBe(200);
    expect(await tdb.client.rateLimit.count({ where: { key: { contains: "192.0.2.7" } } })).toBeGreaterThan(0);
  });
});

describe("identity", () => {
  it("reads never create learner rows; the first write does", async () => {
    const before = await tdb.client.learner.count();
    expect(await resolveLearner(tdb.client, { userId: null, guestId: "never-stored-0001" })).toBeNull();
    expect(await resolveLearner(tdb.client, { userId: null, guestId: null })).toBeNull();
    expect(await tdb.client.learner.count()).toBe(before);
    const written = await ensureWritableLearner(tdb.client, { userId: null, guestId: "never-stored-0001" }, () => "unused-id-000001");
    expect(written).toEqual({ learnerId: "never-stored-0001", newGuestId: null });
    expect(await tdb.client.learner.count()).toBe(before + 1);
  });

  it("a browser signed out of an account gets a new guest, never the account's learner", async () => {
    const guestCookie = await guestWithProgress("guest-signout-001");
    await signUp(newEmail(), guestCookie);
    const written = await ensureWritableLearner(tdb.client, { userId: null, guestId: "guest-signout-001" }, () => "fresh-guest-00001");
    expect(written).toEqual({ learnerId: "fresh-guest-00001", newGuestId: "fresh-guest-00001" });
  });
});

const DAY = (d: string) => new Date(`${d}T12:00:00Z`);

async function seedSide(learnerId: string, spec: { rewards: [string, "lesson" | "section" | "review" | "answer", number, string][]; reviews: number; attempts: number; card: { stability: number; lastReview: string } }) {
  for (const [sourceKey, kind, exp, day] of spec.rewards) await award(tdb.client, learnerId, { sourceKey, kind, exp, now: DAY(day) });
  for (let i = 0; i < spec.reviews; i++) {
    await tdb.client.reviewLog.create({
      data: { id: `${learnerId}-log-${i}`, learnerId, cardId: "card-a", rating: 3, state: 2, due: DAY("2026-12-10"), stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reviewedAt: DAY("2026-12-02") },
    });
  }
  for (let i = 0; i < spec.attempts; i++) {
    await tdb.client.quizAttempt.create({
      data: { id: `${learnerId}-att-${i}`, learnerId, questionId: "q", lessonId: "l", topic: "t", mode: "practice", seed: i, params: "{}", idempotencyKey: `${learnerId}-key-${i}`, answer: "{}", correct: true, result: "{}", answeredAt: DAY("2026-12-02") },
    });
  }
  await tdb.client.cardState.create({
    data: { learnerId, cardId: "card-a", due: DAY("2026-12-10"), stability: spec.card.stability, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: DAY(spec.card.lastReview) },
  });
}

describe("merging a guest into an existing account", () => {
  it("moves everything once: EXP from the ledger, reviews, attempts, badges and streak days exact", async () => {
    const { userId } = await signUp(newEmail());
    const accountLearner = (await ensureWritableLearner(tdb.client, { userId, guestId: null }, () => "account-learner-01")).learnerId;
    await seedSide(accountLearner, {
      rewards: [
        [sourceKeys.lesson("shared-lesson"), "lesson", 50, "2026-12-01"],
        [sourceKeys.section("shared-lesson", "s1"), "section", 10, "2026-12-02"],
      ],
      reviews: 2,
      attempts: 1,
      card: { stability: 1, lastReview: "2026-12-01" },
    });
    await tdb.client.learner.create({ data: { id: "guest-merge-0001" } });
    await seedSide("guest-merge-0001", {
      rewards: [
        [sourceKeys.lesson("shared-lesson"), "lesson", 50, "2026-12-02"], // the same lesson: granted once
        [sourceKeys.review("guest-merge-0001-log-0"), "review", 2, "2026-12-03"],
        [sourceKeys.answer("guest-merge-0001-att-0"), "answer", 15, "2026-12-03"],
      ],
      reviews: 3,
      attempts: 2,
      card: { stability: 7, lastReview: "2026-12-03" },
    });
    const badgesOf = async (id: string) => (await tdb.client.achievement.findMany({ where: { learnerId: id } })).map((a) => `${a.kind}/${a.achievementId}`);
    const expectedBadges = new Set([...(await badgesOf(accountLearner)), ...(await badgesOf("guest-merge-0001"))]);

    await mergeGuestInto(tdb.client, "guest-merge-0001", accountLearner, DAY("2026-12-03"));

    const snapshot = await readSnapshot(tdb.client, accountLearner, DAY("2026-12-03"));
    expect(snapshot.totalExp).toBe(50 + 10 + 2 + 15);
    expect(await tdb.client.rewardEvent.count({ where: { learnerId: accountLearner } })).toBe(4);
    expect(await tdb.client.reviewLog.count({ where: { learnerId: accountLearner } })).toBe(5);
    expect(snapshot.stats.reviews).toBe(1);
    const attempts = await tdb.client.quizAttempt.findMany({ where: { learnerId: accountLearner }, orderBy: { id: "asc" } });
    expect(attempts.map((a) => a.idempotencyKey)).toEqual([`${accountLearner}-key-0`, "guest-merge-0001-key-0", "guest-merge-0001-key-1"]);
    // The card reviewed on both sides keeps the later review (the guest's).
    expect(await tdb.client.cardState.findMany({ where: { learnerId: accountLearner } })).toMatchObject([{ cardId: "card-a", stability: 7 }]);
    const badges = await badgesOf(accountLearner);
    expect(new Set(badges).size).toBe(badges.length);
    for (const b of expectedBadges) expect(badges).toContain(b);
    // Study days: the union (1, 2, 3 December), each day's EXP the merged ledger's, so the streak is 3.
    const days = await tdb.client.studyDay.findMany({ where: { learnerId: accountLearner }, orderBy: { day: "asc" } });
    expect(days.map((d) => [d.day, d.exp, d.frozen])).toEqual([
      ["2026-12-01", 50, false],
      ["2026-12-02", 10, false],
      ["2026-12-03", 17, false],
    ]);
    expect(snapshot.streak.days).toBe(3);
    expect(days.reduce((sum, d) => sum + d.exp, 0)).toBe(snapshot.totalExp);
    expect(await tdb.client.learner.findUnique({ where: { id: "guest-merge-0001" } })).toBeNull();
  });

  it("refuses to merge an account's learner as if it were a guest", async () => {
    const a = await signUp(newEmail());
    const b = await signUp(newEmail());
    const la = (await ensureWritableLearner(tdb.client, { userId: a.userId, guestId: null }, () => "merge-refuse-a01")).learnerId;
    const lb = (await ensureWritableLearner(tdb.client, { userId: b.userId, guestId: null }, () => "merge-refuse-b01")).learnerId;
    await expect(mergeGuestInto(tdb.client, lb, la)).rejects.toBeInstanceOf(MergeRefusedError);
  });
});

describe("deleting an account", () => {
  it("really deletes the user, its sessions and credentials, and every row of its learner", async () => {
    const guestCookie = await guestWithProgress("guest-delete-0001");
    const { userId } = await signUp(newEmail(), guestCookie);
    await seedSide("guest-delete-0001", { rewards: [[sourceKeys.answer("x"), "answer", 15, "2026-12-02"]], reviews: 2, attempts: 2, card: { stability: 2, lastReview: "2026-12-02" } });
    await tdb.client.sectionProgress.create({ data: { learnerId: "guest-delete-0001", lessonId: "l", sectionId: "s" } });

    expect(await deleteAccountAndData(tdb.client, userId)).toBe(1);

    const learnerId = "guest-delete-0001";
    const counts = await Promise.all([
      tdb.client.user.count({ where: { id: userId } }),
      tdb.client.session.count({ where: { userId } }),
      tdb.client.account.count({ where: { userId } }),
      tdb.client.learner.count({ where: { id: learnerId } }),
      tdb.client.rewardEvent.count({ where: { learnerId } }),
      tdb.client.reviewLog.count({ where: { learnerId } }),
      tdb.client.quizAttempt.count({ where: { learnerId } }),
      tdb.client.cardState.count({ where: { learnerId } }),
      tdb.client.sectionProgress.count({ where: { learnerId } }),
      tdb.client.achievement.count({ where: { learnerId } }),
      tdb.client.studyDay.count({ where: { learnerId } }),
    ]);
    expect(counts).toEqual(Array(counts.length).fill(0));
  });
});
