import { describe, expect, it } from "vitest";
import { factsSchema, formatFact, formatFactWithUnit } from "@/lib/content/facts";

describe("formatFact", () => {
  it("groups thousands in both locales but not status codes or years", () => {
    expect(formatFact("accountConcurrencyDefault", "en")).toBe("1,000");
    expect(formatFact("accountConcurrencyDefault", "ko")).toBe("1,000");
    expect(formatFact("maxEventAgeSeconds", "en")).toBe("21,600");
    expect(formatFact("syncThrottleStatus", "en")).toBe("429");
    expect(formatFact("vpcHyperplaneYear", "ko")).toBe("2019");
    expect(formatFact("systemErrorStatusClass", "en")).toBe("5xx");
    expect(formatFact("pcTargetUtilizationExample", "en")).toBe("0.7");
    expect(formatFact("nfsPort", "en")).toBe("2049");
  });
  it("converts units on request", () => {
    expect(formatFact("maxEventAgeSeconds", "en", "h")).toBe("6");
    expect(formatFact("asyncBackoffMaxSeconds", "en", "min")).toBe("5");
    expect(formatFact("exampleCanaryWeight", "en", "pct")).toBe("10");
    expect(() => formatFact("accountConcurrencyDefault", "en", "h")).toThrow(/no conversion/);
  });
  it("formats dates per locale", () => {
    expect(formatFact("scalingModelChangeDate", "en")).toBe("November 27, 2023");
    expect(formatFact("scalingModelChangeDate", "ko")).toBe("2023년 11월 27일");
  });
  it("adds units where there is no sentence around the value", () => {
    expect(formatFactWithUnit("maxEventAgeSeconds", "en", "h")).toBe("6 hours");
    expect(formatFactWithUnit("maxEventAgeSeconds", "ko", "h")).toBe("6시간");
    expect(formatFactWithUnit("asyncFirstRetryDelaySeconds", "en", "min")).toBe("1 minute");
    expect(formatFactWithUnit("asyncPayloadLimitMB", "ko")).toBe("1 MB");
    expect(formatFactWithUnit("syncThrottleStatus", "en")).toBe("HTTP 429");
    expect(formatFactWithUnit("codeDeployTrafficPercent", "en")).toBe("10%");
    expect(formatFactWithUnit("requestRateMultiplier", "ko")).toBe("10배");
  });
});

describe("factsSchema", () => {
  it("requires an AWS documentation page for facts of reference sections 11 and 12", () => {
    const fact = { value: 16, unit: "count", ref: "12.6", kind: "rule", quote: "about 16" };
    expect(factsSchema.safeParse({ x: fact }).success).toBe(false);
    expect(factsSchema.safeParse({ x: { ...fact, page: "https://example.com/x" } }).success).toBe(false);
    expect(factsSchema.safeParse({ x: { ...fact, page: "https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html" } }).success).toBe(true);
  });

  it("rejects a rule without a quote and a bad ref, naming the path", () => {
    const result = factsSchema.safeParse({ x: { value: 1, unit: "count", ref: "one", kind: "rule" } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toContain("x.ref");
    expect(paths).toContain("x.quote");
  });
});
