import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkA11y, DESKTOP, expectNoConsoleErrors, gotoHydrated, openPage, PHONE, screenshot } from "./harness";

const progressText = (page: Page) => page.getByTestId("session-progress").textContent();
const shownCardId = (page: Page) => page.getByTestId("flashcard").getAttribute("data-card-id");

/** Shows the answer with Space and rates with a number key; resolves once the next card is shown. */
async function reviewWithKeyboard(page: Page, rating: 1 | 2 | 3 | 4): Promise<string> {
  const cardId = (await shownCardId(page))!;
  const before = await progressText(page);
  await page.keyboard.press("Space");
  await page.getByTestId("answer").waitFor();
  await page.keyboard.press(String(rating));
  await expect.poll(() => progressText(page)).not.toBe(before);
  return cardId;
}

describe("flashcards", () => {
  it("reviews five cards with the keyboard only, keeps the schedule across reloads, and undoes the last rating", async () => {
    const { page, consoleErrors, close } = await openPage({ locale: "en" });
    try {
      await page.goto("/en/flashcards");
      expect(await page.getByTestId("due-count").textContent()).toBe("0");
      expect(await page.getByTestId("new-count").textContent()).toBe("20");
      await checkA11y(page);

      await page.getByRole("link", { name: "Study now · 20 cards" }).click();
      await page.waitForURL("**/en/flashcards/review");
      expect(await progressText(page)).toBe("Card 1 of 20");
      await checkA11y(page);

      // Easy sends a new card days away; Good and Hard keep it in learning, back later this session.
      const rated: string[] = [];
      for (const rating of [4, 3, 4, 2, 4] as const) rated.push(await reviewWithKeyboard(page, rating));
      expect(new Set(rated).size).toBe(5);
      expect(await progressText(page)).toBe("Card 6 of 22");

      // Undo with U: the last card is back with its answer shown, and the undo is stored.
      await page.keyboard.press("u");
      await expect.poll(() => shownCardId(page)).toBe(rated[4]);
      expect(await page.getByTestId("answer").isVisible()).toBe(true);
      expect(await progressText(page)).toBe("Card 5 of 22");
      await checkA11y(page);
      await page.reload();
      expect(await progressText(page)).toBe("Card 1 of 16");

      // Rate one more and undo it with Ctrl+Z, then rate it for good.
      const again = await reviewWithKeyboard(page, 4);
      await page.keyboard.press("Control+z");
      await expect.poll(() => shownCardId(page)).toBe(again);
      await page.keyboard.press("4");
      await expect.poll(() => progressText(page)).toBe("Card 2 of 16");

      await page.reload();
      expect(await progressText(page)).toBe("Card 1 of 15");

      await page.goto("/en/flashcards");
      expect(await page.getByTestId("new-count").textContent()).toBe("15");
      expect(await page.getByTestId("due-count").textContent()).toBe("0");
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("finishes a session with a summary of the ratings", async () => {
    const { page, consoleErrors, close } = await openPage({ locale: "en" });
    try {
      await page.goto("/en/flashcards");
      const settings = page.getByRole("region", { name: "Settings" });
      await settings.getByLabel("New cards per day").fill("2");
      await settings.getByRole("button", { name: "Save settings" }).click();
      await expect.poll(() => settings.getByTestId("settings-status").textContent()).toBe("Settings saved.");
      await expect.poll(() => page.getByTestId("new-count").textContent()).toBe("2");

      await gotoHydrated(page, "/en/flashcards/review");
      expect(await progressText(page)).toBe("Card 1 of 2");
      // With buttons this time, as on a phone.
      for (const rating of [4, 1] as const) {
        await page.getByRole("button", { name: "Show answer" }).click();
        await page.locator(`[data-rating="${rating}"]`).click();
      }
      // Again keeps the card in this session; Easy finishes it.
      await expect.poll(() => progressText(page)).toBe("Card 3 of 3");
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.locator('[data-rating="4"]').click();

      const summary = page.getByTestId("session-summary");
      await summary.waitFor();
      expect(await summary.getByText("Session complete").isVisible()).toBe(true);
      expect(await summary.getByText("Again: 1").isVisible()).toBe(true);
      expect(await summary.getByText("Easy: 2").isVisible()).toBe(true);
      await expect.poll(() => page.getByTestId("next-due").textContent()).toMatch(/^in \d+ days?$|^tomorrow$/);
      await checkA11y(page);
      await screenshot(page, "flashcards-summary-desktop-en-light");
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("shows the question in Korean and the answer in English when the learner picks KO → EN", async () => {
    const { page, consoleErrors, close } = await openPage({ locale: "en", viewport: PHONE });
    try {
      await page.goto("/en/flashcards");
      await page.getByLabel("Korean → English").check();
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect.poll(() => page.getByTestId("settings-status").textContent()).toBe("Settings saved.");

      await gotoHydrated(page, "/en/flashcards/review");
      const card = page.getByTestId("flashcard");
      expect(await card.locator('p[lang="ko"]').count()).toBe(1);
      await page.keyboard.press("Space");
      expect(await page.getByTestId("answer").locator('p[lang="en"]').count()).toBe(1);
      await screenshot(page, "flashcards-review-phone-en-ko-en");
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("shows both languages on each side in the interface language's order", async () => {
    const { page, consoleErrors, close } = await openPage({ locale: "ko", viewport: PHONE, colorScheme: "dark" });
    try {
      await page.goto("/ko/flashcards");
      await page.getByLabel("양면 모두 두 언어로").check();
      await page.getByRole("button", { name: "설정 저장" }).click();
      await expect.poll(() => page.getByTestId("settings-status").textContent()).toBe("설정을 저장했습니다.");

      await gotoHydrated(page, "/ko/flashcards/review");
      const langs = (scope: string) => page.locator(`${scope} p[lang]`).evaluateAll((els) => els.map((el) => el.getAttribute("lang")));
      await page.keyboard.press("Space");
      await page.getByTestId("answer").waitFor();
      expect(await langs('[data-testid="answer"]')).toEqual(["ko", "en"]);
      expect(await langs('[data-testid="flashcard"]')).toEqual(["ko", "en", "ko", "en"]);
      await checkA11y(page);
      await screenshot(page, "flashcards-review-phone-ko-both-dark");
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("refuses an unknown deck with the not-found page", async () => {
    const { page, close } = await openPage({ locale: "en" });
    try {
      const response = await page.goto("/en/flashcards/review?deck=no-such-deck");
      expect(response?.status()).toBe(404);
    } finally {
      await close();
    }
  });

  describe.each(["en", "ko"] as const)("review session on a phone in %s", (locale) => {
    it.each(["light", "dark"] as const)("looks right and passes axe in the %s theme", async (colorScheme) => {
      const { page, consoleErrors, close } = await openPage({ locale, colorScheme, viewport: PHONE });
      try {
        await page.goto(`/${locale}/flashcards/review?deck=concurrency-throttling`);
        await page.getByTestId("flashcard").waitFor();
        await checkA11y(page);
        await page.getByTestId("flashcard").press("Space");
        await page.getByTestId("answer").waitFor();
        // Every rating button is a large target, all four in one row.
        const boxes = await page.locator("[data-rating]").evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
        expect(boxes).toHaveLength(4);
        for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(44);
        expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
        await checkA11y(page);
        await screenshot(page, `flashcards-review-phone-${locale}-${colorScheme}`);
        expectNoConsoleErrors(consoleErrors);
      } finally {
        await close();
      }
    });
  });

  it.each([
    ["en", "light", "desktop"],
    ["ko", "light", "desktop"],
    ["ko", "dark", "phone"],
    ["en", "dark", "phone"],
  ] as const)("overview in %s, %s theme, on a %s", async (locale, colorScheme, device) => {
    const { page, consoleErrors, close } = await openPage({ locale, colorScheme, viewport: device === "phone" ? PHONE : DESKTOP });
    try {
      await page.goto(`/${locale}/flashcards`);
      expect(await page.locator("[data-deck]").count()).toBe(6); // one deck per lesson
      await checkA11y(page);
      await screenshot(page, `flashcards-overview-${device}-${locale}-${colorScheme}`);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});
