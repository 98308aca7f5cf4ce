import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkA11y, DESKTOP, expectNoConsoleErrors, gotoHydrated, openPage, PHONE, screenshot } from "./harness";

const locales = ["en", "ko"] as const;
/** A scenario-choice question: at least one option always meets its goal, so choosing none is wrong. */
const SCENARIO_QUESTION = "ct-sim-reserved-ceiling-choice";
const badgeName = { en: "First Simulation", ko: "첫 시뮬레이션" };
const expLabel = "+15 EXP";
const totalExpText = { en: "15 EXP in total", ko: "누적 15 EXP" };
const earnedText = { en: "Earned", ko: "획득" };

/**
 * Option labels carry the attempt's drawn numbers; without digits they name the same option in
 * every attempt, so the grader's verdict on one attempt tells which options to choose in the next.
 */
const optionName = (label: string) => label.replace(/[\d.,\s]/g, "");

async function submitAndWait(page: Page): Promise<string> {
  await page.getByTestId("quiz-submit").click();
  const result = page.getByTestId("quiz-result");
  await result.waitFor();
  return (await result.getAttribute("data-correct")) ?? "";
}

describe.each(locales)("quiz in %s", (locale) => {
  it("answers a scenario question wrongly and then rightly, with the chart, the explanation, EXP and a badge", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      await gotoHydrated(page, `/${locale}/quiz?question=${SCENARIO_QUESTION}`);
      const form = page.getByTestId("question-form");
      await form.waitFor();
      await checkA11y(page);

      // Wrong: no option chosen, although some option always meets the goal.
      expect(await submitAndWait(page)).toBe("false");
      const result = page.getByTestId("quiz-result");
      expect((await page.getByTestId("quiz-explanation").innerText()).length).toBeGreaterThan(40);
      await page.getByTestId("quiz-chart").locator("svg.recharts-surface").first().waitFor();
      expect(await page.getByTestId("quiz-simulator-link").getAttribute("href")).toMatch(new RegExp(`^/${locale}/simulator\\?scenario=[A-Za-z0-9_-]+$`));
      const rightOptions = (await result.locator('[data-testid="quiz-option-feedback"][data-correct="true"] [data-testid="quiz-option-label"]').allInnerTexts()).map(optionName);
      expect(rightOptions.length).toBeGreaterThan(0);
      // Every option explains itself with its own simulated outcome.
      const feedback = result.getByTestId("quiz-option-feedback");
      expect(await feedback.count()).toBeGreaterThan(rightOptions.length);
      await checkA11y(page);

      // Right: the question comes back under "review my mistakes" as a new attempt (new numbers).
      await gotoHydrated(page, `/${locale}/quiz?set=mistakes`);
      await form.waitFor();
      const options = form.locator("label").filter({ has: page.locator('input[type="checkbox"]') });
      const count = await options.count();
      for (let i = 0; i < count; i += 1) {
        if (rightOptions.includes(optionName(await options.nth(i).innerText()))) await options.nth(i).locator("input").check();
      }
      expect(await submitAndWait(page)).toBe("true");
      const toast = page.getByRole("status").filter({ hasText: expLabel });
      await toast.waitFor();
      expect(await toast.innerText()).toContain(badgeName[locale]);

      // The progress page (its own visible texts) shows the EXP and the badge as earned after a reload.
      await gotoHydrated(page, `/${locale}/progress`);
      await page.reload();
      expect(await page.locator("main").innerText()).toContain(totalExpText[locale]);
      expect(await page.locator("main li").filter({ hasText: badgeName[locale] }).innerText()).toContain(earnedText[locale]);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("works from the keyboard alone: number keys pick, Enter checks and continues", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      await gotoHydrated(page, `/${locale}/quiz?topic=scaling`);
      const form = page.getByTestId("question-form");
      await form.waitFor();
      await page.keyboard.press("Enter");
      expect(await form.locator('[aria-live="polite"]').first().innerText()).not.toBe("");
      await page.keyboard.press("2");
      expect(await form.locator("input[type=radio]").nth(1).isChecked()).toBe(true);
      await page.keyboard.press("Enter");
      await page.getByTestId("quiz-result").waitFor();
      expect(await page.evaluate(() => document.activeElement?.closest("[data-testid=quiz-result]") !== null)).toBe(true);
      await page.keyboard.press("Enter");

      // Question 2 is scenario-numeric: a word is refused with a message, a number is graded.
      const input = form.locator("input[inputmode=decimal]");
      await input.waitFor();
      await input.fill("many");
      await page.keyboard.press("Enter");
      expect(await input.getAttribute("aria-invalid")).toBe("true");
      await input.fill("1,000,000");
      await page.keyboard.press("Enter");
      await page.getByTestId("quiz-chart").waitFor();

      // The rest of the set, however many scaling questions the bank holds: a number key or a
      // typed number picks, Enter checks, then on to the next question until the summary shows.
      const summary = page.getByTestId("quiz-summary");
      for (let left = 20; left > 0; left--) {
        await page.getByTestId("quiz-next").click();
        await page.getByTestId("quiz-result").waitFor({ state: "detached" });
        if (await summary.isVisible()) break;
        const typed = form.locator("input[inputmode=decimal]");
        if ((await typed.count()) > 0) await typed.fill("1");
        else await page.keyboard.press("1");
        await page.keyboard.press("Enter");
        await page.getByTestId("quiz-result").waitFor();
      }
      await summary.waitFor();
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("explains an unknown lesson instead of showing an empty quiz", async () => {
    const { page, close } = await openPage({ locale });
    try {
      const response = await page.goto(`/${locale}/quiz?lesson=not-a-lesson`);
      expect(response?.status()).toBe(200);
      expect(await page.getByTestId("quiz-set-problem").innerText()).toContain("not-a-lesson");
    } finally {
      await close();
    }
  });
});

describe("quiz screenshots", () => {
  it.each(
    locales.flatMap((locale) =>
      (["light", "dark"] as const).flatMap((colorScheme) => [
        { locale, colorScheme, viewport: PHONE, device: "phone" },
        { locale, colorScheme, viewport: DESKTOP, device: "desktop" },
      ]),
    ),
  )("question and scenario result: $locale $colorScheme $device", async ({ locale, colorScheme, viewport, device }) => {
    const { page, consoleErrors, close } = await openPage({ locale, colorScheme, viewport });
    try {
      await gotoHydrated(page, `/${locale}/quiz?question=${SCENARIO_QUESTION}`);
      await page.getByTestId("question-form").waitFor();
      await page.keyboard.press("1");
      await screenshot(page, `quiz-question-${locale}-${colorScheme}-${device}`);
      await submitAndWait(page);
      await page.getByTestId("quiz-chart").locator("svg.recharts-surface").first().waitFor();
      await screenshot(page, `quiz-result-${locale}-${colorScheme}-${device}`);
      await checkA11y(page);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});

describe.each(locales)("exam practice in %s", (locale) => {
  it("starts a timed set, flags and navigates, submits early and reviews every question", async () => {
    const { page, consoleErrors, close } = await openPage({ locale, viewport: PHONE });
    try {
      await gotoHydrated(page, `/${locale}/exam`);
      await page.getByTestId("exam-start").click();
      await page.getByTestId("question-form").waitFor();
      expect(await page.getByTestId("exam-timer").innerText()).toMatch(/^\d\d:\d\d$/);
      const nav = page.getByRole("navigation", { name: locale === "en" ? "Questions" : "문제 목록" });
      const flag = page.getByRole("button", { pressed: false }).filter({ hasText: locale === "en" ? "Flag for review" : "다시 보기 표시" });
      await flag.click();
      expect(await nav.getByRole("button").first().textContent()).toContain(locale === "en" ? "flagged" : "표시됨");
      await nav.getByRole("button").nth(1).click();
      expect(await nav.getByRole("button").nth(1).getAttribute("aria-current")).toBe("step");
      await checkA11y(page);

      await page.getByTestId("exam-submit").click();
      await page.getByTestId("exam-confirm").waitFor();
      await page.getByTestId("exam-confirm-submit").click();
      await page.getByTestId("exam-results").waitFor();
      expect(await page.getByTestId("exam-review-item").count()).toBe(20);
      await screenshot(page, `exam-results-${locale}-phone`);
      await checkA11y(page);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});
