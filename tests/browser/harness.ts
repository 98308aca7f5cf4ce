import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, expect, inject } from "vitest";

// Without the background-networking flags Chromium keeps trying to reach Google's hosts.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export const SCREENSHOT_DIR = path.join(process.cwd(), "test-results", "screenshots");

let browser: Promise<Browser> | undefined;

function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS, headless: true });
  return browser;
}

afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

export function baseUrl(): string {
  return inject("baseUrl");
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export interface OpenPageOptions {
  locale?: "en" | "ko";
  colorScheme?: "light" | "dark";
  viewport?: { width: number; height: number };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** A page in a fresh browser context: a new guest learner with no cookies or storage. */
export async function openPage(options: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = await (await sharedBrowser()).newContext({
    baseURL: baseUrl(),
    locale: options.locale === "ko" ? "ko-KR" : "en-US",
    colorScheme: options.colorScheme ?? "light",
    viewport: options.viewport ?? DESKTOP,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  return { page, context, consoleErrors, close: () => context.close() };
}

/** Navigates and waits until React has hydrated (see HydrationMarker), so key presses are handled. */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Runs axe on the page; fails with the rule ids and targets of any serious or critical violation. */
export async function checkA11y(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

export function expectNoConsoleErrors(consoleErrors: string[]): void {
  expect(consoleErrors, "browser console errors").toEqual([]);
}
