import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { exampleScenarios } from "@/lib/sim/examples";
import { setAtPointer } from "@/lib/sim-ui/pointer";
import { encodeScenarioParam } from "@/lib/sim-ui/scenario-url";
import { checkA11y, DESKTOP, expectNoConsoleErrors, openPage, PHONE, screenshot } from "./harness";

const locales = ["en", "ko"] as const;
const text = {
  en: { example: "Example scenario", run: "Run simulation", reserved: "Reserved concurrency", assumptions: "Modelling assumptions" },
  ko: { example: "예제 시나리오", run: "시뮬레이션 실행", reserved: "예약된 동시성", assumptions: "모델링 가정" },
};

/** The per-function throttle count the results table shows, as a number. */
async function shownThrottles(page: Page, fn: string): Promise<number> {
  const cell = page.locator(`tr[data-metric="Throttles"] td[data-function="${fn}"]`);
  await cell.waitFor();
  return Number((await cell.textContent())?.replace(/\D/g, ""));
}

describe.each(locales)("simulator in %s", (locale) => {
  it("runs an example in the browser and shows the simulator's throttle count, chart, events and assumptions", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      await page.goto(`/${locale}/simulator`);
      // The first example runs on its own once the page is interactive.
      await expect.poll(() => shownThrottles(page, "payments")).toBe(simulate(exampleScenarios.starvation).functions.payments!.Throttles);
      await page.getByLabel(text[locale].example).selectOption("scaling-rate");
      const expected = simulate(exampleScenarios["scaling-rate"]).functions["flash-sale"]!.Throttles;
      expect(expected).toBeGreaterThan(0);
      await expect.poll(() => shownThrottles(page, "flash-sale")).toBe(expected);
      expect(new URL(page.url()).searchParams.get("example")).toBe("scaling-rate");
      await expect.poll(() => page.locator("figure .recharts-surface").count()).toBe(2);
      expect(await page.locator("figure path.recharts-curve").count()).toBeGreaterThan(0);
      const firstThrottle = simulate(exampleScenarios["scaling-rate"]).events.find((e) => e.kind === "throttle");
      expect(firstThrottle?.reason).toBe("ScalingRate");
      await page.locator("ol li", { hasText: "ScalingRate" }).waitFor();
      const assumptions = page.getByRole("region", { name: text[locale].assumptions }).locator("li");
      expect(await assumptions.count()).toBe(simulate(exampleScenarios["scaling-rate"]).assumptions.length);
      await checkA11y(page);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("edits a knob, re-runs, and shares the edited scenario as a link that opens it again", async () => {
    const { page, consoleErrors, close } = await openPage({ locale, viewport: PHONE });
    try {
      await page.goto(`/${locale}/simulator?example=starvation`);
      await expect.poll(() => shownThrottles(page, "payments")).toBe(simulate(exampleScenarios.starvation).functions.payments!.Throttles);
      // Reserving 100 for payments turns the starvation example into the reserved-protects one.
      const payments = page.getByRole("group", { name: "payments" });
      await payments.getByLabel(text[locale].reserved, { exact: true }).fill("100");
      await page.getByRole("button", { name: text[locale].run }).click();
      const protectedRun = simulate(exampleScenarios["reserved-protects"]);
      await expect.poll(() => shownThrottles(page, "catalog-api")).toBe(protectedRun.functions["catalog-api"]!.Throttles);
      expect(await shownThrottles(page, "payments")).toBe(0);

      await page.getByRole("button", { name: locale === "en" ? "Share link" : "링크 공유" }).click();
      await expect.poll(() => new URL(page.url()).searchParams.has("scenario")).toBe(true);
      await page.reload();
      await expect.poll(() => shownThrottles(page, "catalog-api")).toBe(protectedRun.functions["catalog-api"]!.Throttles);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("opens an invalid ?scenario= link with each error at its field path, and never crashes on a damaged one", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      const broken = structuredClone(exampleScenarios["reserved-protects"]) as { functions: { reservedConcurrentExecutions?: number }[] };
      broken.functions[1]!.reservedConcurrentExecutions = 950;
      await page.goto(`/${locale}/simulator?scenario=${encodeScenarioParam(broken)}`);
      const issue = page.locator("li", { has: page.locator("code", { hasText: "functions[1].reservedConcurrentExecutions" }) });
      await issue.waitFor();
      expect(await issue.textContent()).toContain("below its minimum value of [100]");
      expect(await page.getByRole("button", { name: text[locale].run }).isDisabled()).toBe(true);
      await checkA11y(page);

      await page.goto(`/${locale}/simulator?scenario=not*base64`);
      await page.locator("main [role=alert]").waitFor();
      await expect.poll(() => shownThrottles(page, "payments")).toBe(simulate(exampleScenarios.starvation).functions.payments!.Throttles);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it("shows a long run's progress and cancels it, leaving the page usable", async () => {
    const { page, consoleErrors, close } = await openPage({ locale });
    try {
      // Nine million invocations: seconds of work, so the run is still going when Cancel is pressed.
      const big = {
        seed: 1,
        durationSeconds: 1000,
        account: { concurrencyLimit: 1000 },
        functions: [{ name: "bulk", durationMs: 100 }],
        traffic: [{ function: "bulk", invocationType: "RequestResponse", pattern: { kind: "constant", rps: 9000 } }],
      };
      await page.goto(`/${locale}/simulator?scenario=${encodeScenarioParam(big)}`);
      const cancel = page.getByRole("button", { name: locale === "en" ? "Cancel" : "취소" });
      await cancel.click();
      const status = page.getByTestId("run-status");
      await expect.poll(() => status.textContent()).toBe(locale === "en" ? "Simulation cancelled." : "시뮬레이션을 취소했습니다.");
      expect(await cancel.count()).toBe(0);
      expect(await page.getByRole("button", { name: text[locale].run }).isEnabled()).toBe(true);
      await page.getByLabel(text[locale].example).selectOption("scaling-rate");
      await expect.poll(() => shownThrottles(page, "flash-sale")).toBe(simulate(exampleScenarios["scaling-rate"]).functions["flash-sale"]!.Throttles);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });

  it.each([
    ["phone", "light", PHONE],
    ["phone", "dark", PHONE],
    ["desktop", "light", DESKTOP],
    ["desktop", "dark", DESKTOP],
  ] as const)("looks right on a %s in %s mode", async (device, colorScheme, viewport) => {
    const { page, consoleErrors, close } = await openPage({ locale, viewport, colorScheme });
    try {
      await page.goto(`/${locale}/simulator?example=reserved-protects`);
      await page.locator("figure .recharts-surface").first().waitFor();
      await checkA11y(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await screenshot(page, `simulator-${locale}-${device}-${colorScheme}`);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});

describe.each(locales)("lesson simulator widget in %s", (locale) => {
  it("re-simulates when the learner changes the number, and opens the same scenario in the simulator", async () => {
    const { page, consoleErrors, close } = await openPage({ locale, viewport: PHONE });
    try {
      await page.goto(`/${locale}/learn/file-systems`);
      const widget = page.locator('[data-scenario-widget="efs-connection-cap"]');
      const throttles = widget.locator('[data-figure="Throttles:report-writer"] dd');
      const shown = async () => Number((await throttles.textContent())?.replace(/\D/g, ""));
      const example = exampleScenarios["efs-connection-cap"];
      await expect.poll(shown).toBe(simulate(example).functions["report-writer"]!.Throttles);

      await widget.locator('input[type="number"]').fill("120");
      const changed = setAtPointer(example, "/functions/0/reservedConcurrentExecutions", 120);
      const expected = simulate(changed).functions["report-writer"]!.Throttles;
      expect(expected).not.toBe(simulate(example).functions["report-writer"]!.Throttles);
      await expect.poll(shown).toBe(expected);
      await widget.locator("figure .recharts-surface").first().waitFor();
      await checkA11y(page);
      await widget.screenshot({ path: `test-results/screenshots/simulator-widget-${locale}-phone.png` });

      await widget.getByRole("link").click();
      await page.waitForURL(/\/simulator\?scenario=/);
      await expect.poll(() => shownThrottles(page, "report-writer")).toBe(expected);
      expectNoConsoleErrors(consoleErrors);
    } finally {
      await close();
    }
  });
});
