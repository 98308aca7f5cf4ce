import { describe, expect, it } from "vitest";
import { getLesson } from "@/lib/content/lessons";
import { checkA11y, DESKTOP, expectNoConsoleErrors, openPage, PHONE, screenshot } from "./harness";

/** The sixth lesson: the longest page (eleven sections, five live widgets, two figures). */
const lesson = getLesson("operating-lambda-concurrency")!;

describe.each(["en", "ko"] as const)("the operations lesson in %s", (locale) => {
  it.each([
    { name: "phone", viewport: PHONE, colorScheme: "light" },
    { name: "desktop", viewport: { ...DESKTOP, width: 1440 }, colorScheme: "dark" },
  ] as const)("reads on a $name ($colorScheme theme): figures, widgets, no sideways scroll, accessible", async ({ name, viewport, colorScheme }) => {
    const { page, consoleErrors, close } = await openPage({ locale, viewport, colorScheme });
    try {
      await page.goto(`/${locale}/learn/${lesson.id}`);
      await expect.poll(() => page.locator("[data-simulator]:not(:has(.recharts-wrapper)), [data-simulator] [aria-busy=true]").count(), { timeout: 60_000 }).toBe(0);
      expect(await page.locator("[data-simulator]").count()).toBe(lesson.sections.flatMap((s) => s.blocks.filter((b) => b.type === "simulator")).length);
      expect(await page.locator(`#${lesson.sections[0]!.id}-heading`).textContent()).toContain(lesson.sections[0]!.title[locale]);
      // both figures are drawn with a title in the page's language
      for (const title of locale === "en" ? ["What ClaimedAccountConcurrency counts", "A canary deployment"] : ["ClaimedAccountConcurrency가 세는 것", "카나리 배포"])
        expect(await page.locator("svg title", { hasText: title }).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await checkA11y(page);
      await screenshot(page, `operating-lesson-${locale}-${name}-${colorScheme}`);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});
