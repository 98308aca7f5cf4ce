import { describe, expect, it } from "vitest";
import { sections } from "@/components/shell/sections";
import { checkA11y, DESKTOP, expectNoConsoleErrors, openPage, PHONE, screenshot } from "./harness";

const locales = ["en", "ko"] as const;
const navLabels = {
  en: ["Learn", "Flashcards", "Quiz", "Exam", "Simulator", "Progress"],
  ko: ["학습", "플래시카드", "퀴즈", "모의고사", "시뮬레이터", "진도"],
};

describe.each(locales)("app shell in %s", (locale) => {
  it("redirects / by Accept-Language and walks every header link", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      await page.goto("/");
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/${locale}`);
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      await checkA11y(page);

      const nav = page.getByRole("navigation", { name: locale === "en" ? "Main" : "주 메뉴" });
      for (const [i, { href }] of sections.entries()) {
        await nav.getByRole("link", { name: navLabels[locale][i], exact: true }).click();
        await page.waitForURL(`**/${locale}${href}`);
        await expect.poll(() => page.locator("h1").first().isVisible()).toBe(true);
        expect(await nav.locator('[aria-current="page"]').textContent()).toBe(navLabels[locale][i]);
        expect(await page.getAttribute("html", "lang")).toBe(locale);
        await checkA11y(page);
      }
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("switches language on the same page", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    const other = locale === "en" ? "ko" : "en";
    try {
      await page.goto(`/${locale}/simulator`);
      await page.getByTestId("language-switch").click();
      await page.waitForURL(`**/${other}/simulator`);
      expect(await page.getAttribute("html", "lang")).toBe(other);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("renders Hangul with the bundled Korean font, not boxes", async () => {
    const { page, close } = await openPage({ locale: "ko" });
    try {
      const fontResponses: number[] = [];
      page.on("response", (res) => {
        if (res.url().endsWith(".woff2")) fontResponses.push(res.status());
      });
      await page.goto(`/ko`);
      await page.evaluate(() => document.fonts.ready);
      const hangulFont = await page.evaluate(() => document.fonts.check('16px "Noto Sans KR Variable"', "동시성"));
      expect(hangulFont).toBe(true);
      expect(fontResponses.length).toBeGreaterThan(0);
      expect(fontResponses.every((s) => s === 200)).toBe(true);
    } finally {
      await close();
    }
  });
});

describe("theme and keyboard", () => {
  it("toggles the theme, remembers it across reloads, and stays accessible in dark", async () => {
    const { page, consoleErrors, close } = await openPage({ locale: "en", colorScheme: "light" });
    try {
      await page.goto("/en");
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(false);
      await page.getByTestId("theme-toggle").click();
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
      await checkA11y(page);
      await page.getByTestId("theme-toggle").click();
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(false);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("follows the system dark preference when nothing was chosen", async () => {
    const { page, close } = await openPage({ locale: "en", colorScheme: "dark" });
    try {
      await page.goto("/en");
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    } finally {
      await close();
    }
  });

  it("offers a skip link as the first tab stop", async () => {
    const { page, close } = await openPage({ locale: "en" });
    try {
      await page.goto("/en");
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.textContent);
      expect(focused).toBe("Skip to content");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    } finally {
      await close();
    }
  });

  it("tells the server the browser's time zone once", async () => {
    const { page, close } = await openPage({ locale: "en" });
    try {
      const posted = page.waitForResponse((res) => res.url().endsWith("/api/learner/time-zone") && res.request().method() === "POST");
      await page.goto("/en");
      const res = await posted;
      expect(res.status()).toBe(200);
      expect(await res.json()).toMatchObject({ timeZone: expect.any(String) });
      expect(await page.evaluate(() => localStorage.getItem("cl-time-zone"))).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    } finally {
      await close();
    }
  });

  it("shows a localized not-found page inside the shell", async () => {
    const { page, close } = await openPage({ locale: "ko" });
    try {
      const res = await page.goto("/ko/no-such-page");
      expect(res?.status()).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("페이지를 찾을 수 없습니다");
    } finally {
      await close();
    }
  });
});

describe("screenshots of the home page", () => {
  for (const locale of locales) {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const [size, viewport] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
        it(`${locale} ${colorScheme} ${size}`, async () => {
          const { page, consoleErrors, close } = await openPage({ locale, colorScheme, viewport });
          try {
            await page.goto(`/${locale}`);
            await page.evaluate(() => document.fonts.ready);
            await screenshot(page, `home-${locale}-${colorScheme}-${size}`);
            expectNoConsoleErrors(consoleErrors);
          } finally {
            await close();
          }
        });
      }
    }
  }
});
