import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { getLesson } from "@/lib/content/lessons";
import { checkA11y, DESKTOP, expectNoConsoleErrors, gotoHydrated, openPage, PHONE, screenshot } from "./harness";

const locales = ["en", "ko"] as const;
const modes = ["en", "ko", "both"] as const;
const modeLabels = {
  en: { en: "English", ko: "Korean", both: "Both" },
  ko: { en: "영어", ko: "한국어", both: "함께 보기" },
};
const sectionRead = { en: "Section read", ko: "읽음 완료" };
const markDone = { en: "Mark as done", ko: "다 읽음으로 표시" };

const lesson = getLesson("concurrency-throttling")!;
/** a shorter lesson with every block type, for the checks that run axe over whole pages */
const short = getLesson("file-systems")!;
const firstSection = lesson.sections[0]!;
const firstQuestion = firstSection.check![0]!;

async function chooseMode(page: Page, locale: "en" | "ko", mode: (typeof modes)[number]) {
  await page.getByRole("group", { name: locale === "en" ? "Read in" : "읽기 언어" }).getByRole("button", { name: modeLabels[locale][mode], exact: true }).click();
  await page.locator(`article[data-reading-mode="${mode}"]`).waitFor();
}

/** Live simulator widgets re-run after load: let them finish before screenshots and axe. */
async function settleSimulations(page: Page) {
  await expect.poll(() => page.locator("[data-simulator]:not(:has(.recharts-wrapper)), [data-simulator] [aria-busy=true]").count(), { timeout: 30_000 }).toBe(0);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** The languages the paragraphs of a section are shown in (both are in the static page; CSS shows the mode's). */
async function paragraphLanguages(page: Page, sectionId: string) {
  const langs = await page
    .locator(`#${sectionId} [lang]:has(> p)`)
    .evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.getAttribute("lang")));
  return [...new Set(langs)].sort();
}

describe.each(locales)("lesson reader with the interface in %s", (locale) => {
  it("reads a lesson in English, Korean and both, remembers the mode, and stays accessible", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      const section = short.sections[0]!;
      await page.goto(`/${locale}/learn/${short.id}`);
      for (const mode of modes) {
        await chooseMode(page, locale, mode);
        expect(await paragraphLanguages(page, section.id)).toEqual(mode === "both" ? ["en", "ko"] : [mode]);
        // the interface language stays the URL's
        expect(await page.getAttribute("html", "lang")).toBe(locale);
        expect(await page.locator(`#${section.id}-heading`).textContent()).toContain(mode === "ko" ? section.title.ko : section.title.en);
        await page.reload();
        expect(await page.locator("article").getAttribute("data-reading-mode")).toBe(mode);
        await settleSimulations(page);
        await checkA11y(page);
      }
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("finishes a section with the button and keeps it after a reload, in the lesson and in the list", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      await page.goto(`/${locale}/learn/${lesson.id}`);
      const end = page.getByTestId(`section-end-${firstSection.id}`);
      await end.getByRole("button", { name: markDone[locale] }).click();
      await expect.poll(() => end.getByRole("status").textContent()).toContain(sectionRead[locale]);
      // the reward toast announces the section's EXP
      await expect.poll(() => page.getByText("+10 EXP").count()).toBeGreaterThan(0);
      const progress = page.getByRole("navigation", { name: locale === "en" ? "Contents" : "목차" }).getByRole("progressbar");
      expect(await progress.getAttribute("aria-valuenow")).toBe("1");

      await page.reload();
      expect(await end.getByRole("status").textContent()).toContain(sectionRead[locale]);
      expect(await progress.getAttribute("aria-valuenow")).toBe("1");

      await page.goto(`/${locale}/learn`);
      const card = page.locator("article", { has: page.locator(`#lesson-${lesson.id}`) });
      expect(await card.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
      await checkA11y(page);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});

describe("check yourself and reading by scrolling", () => {
  it("answers a check question with the keyboard alone and keeps the first answer after a reload", async () => {
    const { page, consoleErrors, close } = await openPage({ locale: "en" });
    try {
      await page.goto(`/en/learn/${lesson.id}`);
      const form = page.getByTestId(`check-${firstQuestion.id}`);
      const wrong = firstQuestion.correct === 0 ? 1 : 0;
      // into the radio group, Space and arrows to pick, Tab to the button, Enter to check
      await form.getByRole("radio").first().focus();
      await page.keyboard.press("Space");
      for (let i = 0; i < wrong; i++) await page.keyboard.press("ArrowDown");
      expect(await form.getByRole("radio").nth(wrong).isChecked()).toBe(true);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Check answer");
      await page.keyboard.press("Enter");
      await expect.poll(() => form.getByText("Not quite").count()).toBe(1);
      // every option's explanation is revealed
      expect(await form.getByText("Right.", { exact: true }).count()).toBe(1);
      expect(await form.getByText("Wrong.", { exact: true }).count()).toBe(firstQuestion.options.length - 1);

      await page.reload();
      await expect.poll(() => form.getByText("Not quite").count()).toBe(1);
      expect(await form.getByRole("radio").nth(wrong).isChecked()).toBe(true);
      await checkA11y(page);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("marks a section without questions read once the learner scrolls to its end", async () => {
    const { page, consoleErrors, close } = await openPage({ locale: "en" });
    try {
      const practice = lesson.sections.find((s) => !s.check)!;
      await page.goto(`/en/learn/${lesson.id}`);
      const end = page.getByTestId(`section-end-${practice.id}`);
      // widgets above grow when their first results arrive; scroll once the page has its final layout
      await settleSimulations(page);
      await end.scrollIntoViewIfNeeded();
      await expect.poll(() => end.getByRole("status").count(), { timeout: 10_000 }).toBe(1);
      await page.reload();
      expect(await end.getByRole("status").textContent()).toContain(sectionRead.en);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});

describe("glossary", () => {
  it("links a lesson's term to its glossary entry, showing both languages", async () => {
    const { page, consoleErrors, close } = await openPage({ locale: "ko" });
    try {
      await gotoHydrated(page, `/ko/learn/${lesson.id}`);
      // the page holds both languages; the Korean reader sees (and focuses) the Korean version's term
      const term = page.locator(`#${firstSection.id} a[href$="/ko/learn/glossary#concurrency"]:visible`).first();
      // the definition is the link's accessible description, shown on focus and closed by Escape
      const tooltip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
      expect(await tooltip.textContent()).toBeTruthy();
      await term.focus();
      expect(await tooltip.isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      await expect.poll(() => tooltip.isVisible()).toBe(false);
      await term.click();
      await page.waitForURL("**/ko/learn/glossary#concurrency");
      const entry = page.locator("#concurrency");
      expect(await entry.locator('[lang="en"]').count()).toBeGreaterThan(0);
      expect(await entry.locator('[lang="ko"]').count()).toBeGreaterThan(0);
      await checkA11y(page);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});

describe("screenshots", () => {
  const shots = [
    { name: "learn-lesson-side-by-side-desktop", viewport: DESKTOP },
    { name: "learn-lesson-interleaved-phone", viewport: PHONE },
  ];
  for (const { name, viewport } of shots) {
    for (const locale of locales) {
      for (const colorScheme of ["light", "dark"] as const) {
        it(`${name} (${locale}, ${colorScheme})`, async () => {
          const { page, consoleErrors, close } = await openPage({ locale, colorScheme, viewport });
          try {
            await page.goto(`/${locale}/learn/file-systems`);
            await chooseMode(page, locale, "both");
            // side by side on desktop: the two languages of a paragraph share a row; on a phone they stack
            const pair = page.locator('[data-lang="en"] + [data-lang="ko"]').first();
            const [en, ko] = await Promise.all([pair.locator("xpath=preceding-sibling::*[1]").boundingBox(), pair.boundingBox()]);
            if (viewport === DESKTOP) expect(ko!.y).toBeCloseTo(en!.y, 0);
            else expect(ko!.y).toBeGreaterThan(en!.y + en!.height - 1);
            await expectNoSidewaysScroll(page);
            await settleSimulations(page);
            await checkA11y(page);
            await screenshot(page, `${name}-${locale}-${colorScheme}`);
            expectNoConsoleErrors(consoleErrors);
          } finally {
            await close();
          }
        });
      }
    }
  }

  it("the lesson list on a phone", async () => {
    const { page, close } = await openPage({ locale: "ko", viewport: PHONE });
    try {
      await page.goto("/ko/learn");
      await expectNoSidewaysScroll(page);
      await checkA11y(page);
      await screenshot(page, "learn-list-phone-ko");
    } finally {
      await close();
    }
  });
});
