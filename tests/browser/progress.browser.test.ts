import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { levelForExp } from "@/lib/progress/levels";
import { baseUrl, checkA11y, DESKTOP, expectNoConsoleErrors, openPage, PHONE, screenshot } from "./harness";

const locales = ["en", "ko"] as const;
const text = {
  en: {
    empty: "Your progress starts with one lesson",
    imported: /Imported\. Added 29 rewards/,
    importedAgain: /Imported\. Added 0 rewards/,
    importButton: "Import progress",
    level: (n: number) => `Level ${n}`,
    badge: "First Lesson",
    title: "Concurrency Controller",
    weakest: "Practise Cold starts",
    notJson: "Import failed: the file is not valid JSON.",
    badFile: "Import failed: this is not a Concurrency Lab progress file, or it was changed. Nothing was imported.",
    locked: "0 of 14 earned",
  },
  ko: {
    empty: "레슨 하나로 진도가 시작됩니다",
    imported: /가져왔습니다\. 보상 29개/,
    importedAgain: /가져왔습니다\. 보상 0개/,
    importButton: "진도 가져오기",
    level: (n: number) => `레벨 ${n}`,
    badge: "첫 레슨",
    title: "동시성 컨트롤러 (Concurrency Controller)",
    weakest: "콜드 스타트 연습하기",
    notJson: "가져오지 못했습니다: 올바른 JSON 파일이 아닙니다.",
    badFile: "가져오지 못했습니다: Concurrency Lab 진도 파일이 아니거나 내용이 바뀌었습니다. 아무것도 가져오지 않았습니다.",
    locked: "14개 중 0개 획득",
  },
};

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A progress file with ten weeks of history ending today (UTC, the file's time zone): study on most
 * days, lesson 1 completed perfectly, answers in four topics (cold starts the weakest) and card reviews.
 */
function historyFile(now = Date.now()) {
  const studyDays = Array.from({ length: 70 }, (_, i) => i)
    .filter((i) => i < 6 || i % 3 !== 1)
    .map((i) => ({ day: dayOf(now - i * DAY_MS), exp: 10 + ((i * 37) % 110), frozen: false }));
  const rewards = [
    ...studyDays.slice(0, 27).map((d) => ({ sourceKey: `section:seed:${d.day}`, kind: "section", exp: d.exp, points: 0, day: d.day, createdAt: `${d.day}T12:00:00.000Z` })),
    { sourceKey: "lesson:concurrency-throttling", kind: "lesson", exp: 90, points: 0, day: studyDays[0]!.day, createdAt: new Date(now).toISOString() },
    { sourceKey: "perfect:lesson:concurrency-throttling", kind: "bonus", exp: 0, points: 3, day: studyDays[0]!.day, createdAt: new Date(now).toISOString() },
  ];
  const topics = [
    { topic: "reserved-concurrency", questionId: "ct-sim-reserved-throttles", right: (i: number) => i % 5 !== 0 },
    { topic: "throttling", questionId: "ct-account-quota-default", right: () => true },
    { topic: "cold-starts", questionId: "cs-when-cold-start", right: (i: number) => i % 2 === 0 },
    { topic: "async-retries", questionId: "ai-async-accepted", right: (i: number) => i % 4 !== 1 },
  ];
  const attempts = topics.flatMap((t, ti) =>
    Array.from({ length: 10 }, (_, i) => {
      const at = new Date(now - (i * 4 + ti) * DAY_MS - 3_600_000).toISOString();
      return { id: `seed-attempt-${ti}-${i}`, questionId: t.questionId, lessonId: "concurrency-throttling", topic: t.topic, mode: "practice", seed: i, params: "{}", createdAt: at, answer: "{}", correct: t.right(i), result: "{}", answeredAt: at };
    }),
  );
  const reviews = Array.from({ length: 30 }, (_, i) => {
    const at = new Date(now - i * 2 * DAY_MS - 7_200_000).toISOString();
    return { id: `seed-review-${i}`, cardId: `card-${i % 6}`, rating: i % 4 === 0 ? 1 : 3, state: 2, due: at, stability: 4, difficulty: 5, elapsedDays: 3, scheduledDays: 4, learningSteps: 0, reviewedAt: at, previousState: null };
  });
  return {
    format: "concurrency-lab/progress",
    version: 1,
    exportedAt: new Date(now).toISOString(),
    settings: { timeZone: "UTC", readingMode: "both", cardDirection: "en-ko", desiredRetention: 0.9, newCardsPerDay: 20, dailyGoalExp: 50, streakFreezes: 1, freezeEarnedWeek: null },
    sections: [{ lessonId: "concurrency-throttling", sectionId: "intro", completedAt: new Date(now).toISOString() }],
    cards: [],
    reviews,
    attempts,
    rewards,
    achievements: [],
    studyDays,
  };
}

async function importThroughUi(page: Page, file: unknown, name = "progress.json") {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(typeof file === "string" ? file : JSON.stringify(file)) });
}

/** No horizontal page scroll; on failure, names the elements that stick out. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => ({
    by: document.documentElement.scrollWidth - window.innerWidth,
    culprits: [...document.querySelectorAll("main *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.getAttribute("class")).split(" ").slice(0, 4).join(".")}`),
  }));
  expect(overflow.by, overflow.culprits.join(", ")).toBeLessThanOrEqual(0);
}

describe.each(locales)("progress page in %s", (locale) => {
  const t = text[locale];

  it("invites a new learner to start, with every badge locked", async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, consoleErrors, close } = await openPage({ locale, viewport });
      try {
        await page.goto(`/${locale}/progress`);
        await expect.poll(() => page.getByRole("heading", { name: t.empty }).isVisible(), { timeout: 20_000 }).toBe(true);
        expect(await page.getByRole("link", { name: locale === "en" ? "Start the first lesson" : "첫 레슨 시작하기" }).getAttribute("href")).toBe(`/${locale}/learn/concurrency-throttling`);
        expect(await page.getByRole("region", { name: locale === "en" ? "Badges" : "배지" }).getByText(t.locked).isVisible()).toBe(true);
        await checkA11y(page);
        await expectNoSidewaysScroll(page);
        await screenshot(page, `progress-empty-${locale}-${viewport.width}`);
        expectNoConsoleErrors(consoleErrors);
      } finally {
        await close();
      }
    }
  });

  it("imports a progress file, shows the dashboard, exports it back and a second import duplicates nothing", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      await page.goto(`/${locale}/progress`);
      const file = historyFile();
      await importThroughUi(page, file);
      await expect.poll(() => page.getByRole("status").filter({ hasText: t.imported }).count(), { timeout: 20_000 }).toBe(1);
      await page.reload();

      const level = levelForExp(file.rewards.reduce((sum, r) => sum + r.exp, 0)).level;
      await expect.poll(() => page.getByText(t.level(level), { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
      const bar = page.getByRole("progressbar");
      expect(Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
      // The weakest topic comes first, with a link to practise it.
      const practise = page.getByRole("link", { name: locale === "en" ? /^Practise / : / 연습하기$/ });
      expect(await practise.first().getAttribute("aria-label")).toBe(t.weakest);
      expect(await practise.first().getAttribute("href")).toBe(`/${locale}/quiz?topic=cold-starts`);
      // Heatmap: a table whose cells say what happened that day.
      const heatmap = page.getByRole("table", { name: locale === "en" ? "Study days in the last 26 weeks" : "최근 26주 동안 학습한 날" });
      expect(await heatmap.getByRole("row").count()).toBe(8);
      expect(await heatmap.getByText(/EXP$/).count()).toBeGreaterThan(40);
      await expect.poll(() => page.locator(".recharts-bar-rectangle").count(), { timeout: 20_000 }).toBeGreaterThan(4);
      const badges = page.getByRole("region", { name: locale === "en" ? "Badges" : "배지" });
      expect(await badges.getByText(t.badge, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole("region", { name: locale === "en" ? "Titles" : "칭호" }).getByText(t.title, { exact: true }).isVisible()).toBe(true);
      await checkA11y(page);

      const download = await page.request.get("/api/progress/export");
      expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="concurrency-lab-progress-\d{4}-\d{2}-\d{2}\.json"$/);
      const exported = (await download.json()) as { format: string; rewards: unknown[]; attempts: unknown[] };
      expect(exported.format).toBe("concurrency-lab/progress");
      expect(exported.rewards).toHaveLength(29);
      expect(exported.attempts).toHaveLength(40);

      await importThroughUi(page, exported);
      await expect.poll(() => page.getByRole("status").filter({ hasText: t.importedAgain }).count(), { timeout: 20_000 }).toBe(1);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("explains why a file cannot be imported", async () => {
    const { page, close } = await openPage({ locale });
    try {
      await page.goto(`/${locale}/progress`);
      await importThroughUi(page, "{ not json");
      await expect.poll(() => page.getByRole("status").filter({ hasText: t.notJson }).count(), { timeout: 20_000 }).toBe(1);
      const bad = historyFile();
      (bad.rewards[0] as { exp: unknown }).exp = "lots";
      await importThroughUi(page, bad);
      const failure = page.getByRole("status").filter({ hasText: t.badFile });
      await expect.poll(() => failure.count(), { timeout: 20_000 }).toBe(1);
      expect(await failure.getByRole("listitem").first().textContent()).toMatch(/^rewards\[0\]\.exp: /);
      await page.reload();
      expect(await page.getByRole("heading", { name: t.empty }).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it("reads well on phone and desktop, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const viewport of [PHONE, DESKTOP]) {
        const { page, consoleErrors, close } = await openPage({ locale, colorScheme, viewport });
        try {
          await page.goto(`/${locale}/progress`);
          const response = await page.request.post("/api/progress/import", { data: historyFile() });
          expect(response.status()).toBe(200);
          await page.reload();
          await expect.poll(() => page.locator(".recharts-bar-rectangle").count(), { timeout: 20_000 }).toBeGreaterThan(4);
          await screenshot(page, `progress-${locale}-${viewport.width}-${colorScheme}`);
          await expectNoSidewaysScroll(page);
          if (colorScheme === "dark") await checkA11y(page);
          expectNoConsoleErrors(consoleErrors);
        } finally {
          await close();
        }
      }
    }
  });
});

describe("time zone", () => {
  it("counts the learner's days in the browser's time zone", async () => {
    const { context, close } = await openPage({ locale: "en" });
    const seoul = await context.browser()!.newContext({ baseURL: baseUrl(), locale: "en-US", timezoneId: "Asia/Seoul", reducedMotion: "reduce" });
    try {
      const page = await seoul.newPage();
      await page.goto("/en/progress");
      // The file says UTC; the page then reports the browser's zone and re-renders with it.
      expect((await page.request.post("/api/progress/import", { data: historyFile() })).status()).toBe(200);
      await page.reload();
      await expect.poll(() => page.getByText("Days end at midnight in Asia/Seoul.").isVisible(), { timeout: 20_000 }).toBe(true);
      const refused = await page.request.post("/api/learner/time-zone", { data: { timeZone: "Mars/Olympus" } });
      expect(refused.status()).toBe(400);
      expect(((await refused.json()) as { error: string }).error).toMatch(/IANA/);
    } finally {
      await seoul.close();
      await close();
    }
  });
});
