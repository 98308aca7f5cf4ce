import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkA11y, expectNoConsoleErrors, gotoHydrated, openPage, screenshot } from "./harness";

const text = {
  en: {
    prompt: "Keep your progress on every device",
    total: "4 EXP in total",
    merged: "6 EXP in total",
    empty: "Your progress starts with one lesson",
    email: "Email",
    password: "Password",
    emailInvalid: "Enter an email address such as name@example.com.",
    wrongCredentials: "The email or password is not right.",
    accountTitle: "Your account",
    signInTitle: "Sign in",
  },
  ko: {
    prompt: "어느 기기에서든 학습 기록을 이어 가세요",
    total: "누적 4 EXP",
    merged: "누적 6 EXP",
    empty: "레슨 하나로 진도가 시작됩니다",
    email: "이메일",
    password: "비밀번호",
    emailInvalid: "name@example.com 같은 이메일 주소를 입력하세요.",
    wrongCredentials: "이메일 또는 비밀번호가 올바르지 않습니다.",
    accountTitle: "내 계정",
    signInTitle: "로그인",
  },
};

const PASSWORD = "a long enough password";

/** Rates the shown card Good with the keyboard and waits until the session has moved on. */
async function rateGood(page: Page) {
  const progress = page.getByTestId("session-progress");
  const before = await progress.textContent();
  await page.keyboard.press("Space");
  await page.getByTestId("answer").waitFor();
  await page.keyboard.press("3");
  await expect.poll(() => progress.textContent(), { timeout: 15_000 }).not.toBe(before);
}

async function fillCredentials(page: Page, locale: "en" | "ko", email: string, password: string) {
  await page.getByLabel(text[locale].email, { exact: true }).fill(email);
  await page.getByLabel(text[locale].password, { exact: true }).fill(password);
  await page.getByTestId("auth-submit").click();
}

describe("accounts", () => {
  for (const locale of ["en", "ko"] as const) {
    it(`${locale}: a guest's study survives sign-up, sign-out and sign-in from a fresh browser, which may add its own guest study`, async () => {
      const t = text[locale];
      const email = `browser-${locale}-${Date.now()}@example.test`;

      const guest = await openPage({ locale });
      const page = guest.page;
      await gotoHydrated(page, `/${locale}/flashcards/review`);
      await rateGood(page);
      await rateGood(page);

      await gotoHydrated(page, `/${locale}/progress`);
      expect(await page.getByText(t.total).isVisible()).toBe(true);
      const prompt = page.getByRole("complementary", { name: t.prompt });
      await prompt.waitFor();
      await checkA11y(page);
      await prompt.getByRole("link").click();
      await page.waitForURL(`**/${locale}/sign-up`);
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });

      // Inline errors, tied to their fields, and focus on the first one.
      await page.getByTestId("auth-submit").click();
      const emailField = page.getByLabel(t.email, { exact: true });
      await expect.poll(() => emailField.getAttribute("aria-invalid"), { timeout: 15_000 }).toBe("true");
      expect(await page.getByText(t.emailInvalid).isVisible()).toBe(true);
      expect(await emailField.evaluate((el) => el === document.activeElement)).toBe(true);
      await checkA11y(page);
      await screenshot(page, `accounts-sign-up-errors-${locale}`);

      await fillCredentials(page, locale, email, PASSWORD);
      await page.waitForURL(`**/${locale}/account`);
      await page.getByRole("heading", { level: 1, name: t.accountTitle }).waitFor();
      expect(await page.getByTestId("merge-submit").count()).toBe(0);
      await checkA11y(page);
      await screenshot(page, `accounts-account-${locale}`);

      await page.getByTestId("sign-out").click();
      await page.waitForURL((url) => url.pathname === `/${locale}`);
      await gotoHydrated(page, `/${locale}/progress`);
      expect(await page.getByText(t.empty).isVisible()).toBe(true);
      expectNoConsoleErrors(guest.consoleErrors);
      await guest.close();

      // A second browser studies as a guest first, then signs in: it is offered to add that study.
      const other = await openPage({ locale });
      const second = other.page;
      await gotoHydrated(second, `/${locale}/flashcards/review`);
      await rateGood(second);
      await gotoHydrated(second, `/${locale}`);
      await second.getByTestId("account-link").click();
      await second.waitForURL(`**/${locale}/sign-in`);
      await second.getByRole("heading", { level: 1, name: t.signInTitle }).waitFor();
      await second.locator("html[data-hydrated]").waitFor({ state: "attached" });
      await fillCredentials(second, locale, email, "not the password!");
      await expect.poll(() => second.getByTestId("auth-error").textContent(), { timeout: 15_000 }).toBe(t.wrongCredentials);
      await checkA11y(second);
      await fillCredentials(second, locale, email, PASSWORD);
      await second.waitForURL(`**/${locale}/account`);
      await second.getByTestId("merge-submit").waitFor();
      await second.locator("html[data-hydrated]").waitFor({ state: "attached" });
      await checkA11y(second);
      await screenshot(second, `accounts-merge-offer-${locale}`);
      await second.getByTestId("merge-submit").click();
      await second.getByTestId("merge-done").waitFor({ timeout: 15_000 });
      await gotoHydrated(second, `/${locale}/progress`);
      expect(await second.getByText(t.merged).isVisible()).toBe(true);
      expect(await second.getByRole("complementary", { name: t.prompt }).count()).toBe(0);
      // The deliberate wrong password is answered 401, which Chromium logs; nothing else may be.
      expectNoConsoleErrors(other.consoleErrors.filter((e) => !e.includes("status of 401")));
      await other.close();
    });
  }
});
