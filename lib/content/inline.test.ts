import { describe, expect, it } from "vitest";
import { parseInline, parseInlineDetailed, validateInline, type InlineContext } from "@/lib/content/inline";
import { findBareNumbers } from "@/lib/content/numbers";
import { resolveInline, inlinePlainText } from "@/lib/content/resolve";

const ctx: InlineContext = {
  factIds: new Set(["accountConcurrencyDefault", "maxEventAgeSeconds"]),
  termIds: new Set(["reserved-concurrency"]),
  lessons: new Map([["concurrency", new Set(["account-pool"])]]),
  conversionOk: (id, conv) => id === "maxEventAgeSeconds" && (conv === "h" || conv === "min"),
};

describe("parseInline", () => {
  it("splits text, bold, code, facts, terms and lesson links", () => {
    expect(
      parseInline("A **pool of {fact:accountConcurrencyDefault}** uses `PutFunctionConcurrency`, see [[term:reserved-concurrency|R]] and [[lesson:concurrency#account-pool|the pool]]."),
    ).toEqual([
      { type: "text", text: "A " },
      { type: "bold", children: [{ type: "text", text: "pool of " }, { type: "fact", id: "accountConcurrencyDefault" }] },
      { type: "text", text: " uses " },
      { type: "code", text: "PutFunctionConcurrency" },
      { type: "text", text: ", see " },
      { type: "term", id: "reserved-concurrency", text: "R" },
      { type: "text", text: " and " },
      { type: "lesson", lessonId: "concurrency", sectionId: "account-pool", text: "the pool" },
      { type: "text", text: "." },
    ]);
  });

  it("reads conversions, bare terms and whole-lesson links", () => {
    expect(parseInline("{fact:maxEventAgeSeconds|h}[[term:reserved-concurrency]][[lesson:concurrency|x]]")).toEqual([
      { type: "fact", id: "maxEventAgeSeconds", conversion: "h" },
      { type: "term", id: "reserved-concurrency" },
      { type: "lesson", lessonId: "concurrency", text: "x" },
    ]);
  });

  it("keeps code literal and honours escapes", () => {
    expect(parseInline("`**{fact:x}**` \\*\\*not bold\\*\\* \\`")).toEqual([
      { type: "code", text: "**{fact:x}**" },
      { type: "text", text: " **not bold** `" },
    ]);
  });

  it("reports malformed markup without throwing", () => {
    const { tokens, problems } = parseInlineDetailed("**open `code {fact:} [[lesson:x]] [[nope]]");
    expect(tokens.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message)).toEqual([
      "unclosed code span (`)",
      'malformed fact reference "{fact:}"',
      'malformed link "[[lesson:x]]" (expected [[term:id]], [[term:id|text]] or [[lesson:id#section|text]])',
      'malformed link "[[nope]]" (expected [[term:id]], [[term:id|text]] or [[lesson:id#section|text]])',
      "unclosed bold (**)",
    ]);
  });
});

describe("validateInline", () => {
  it("accepts a sound string", () => {
    expect(validateInline("{fact:maxEventAgeSeconds|h} [[term:reserved-concurrency]] [[lesson:concurrency#account-pool|x]]", ctx)).toEqual([]);
  });
  it("lists every broken reference", () => {
    expect(
      validateInline("{fact:nope} {fact:accountConcurrencyDefault|h} [[term:nope]] [[lesson:nope|x]] [[lesson:concurrency#nope|x]]", ctx),
    ).toEqual([
      'unknown fact "nope"',
      'fact "accountConcurrencyDefault" has no conversion "h"',
      'unknown glossary term "nope"',
      'unknown lesson "nope"',
      'unknown section "nope" in lesson "concurrency"',
    ]);
  });
  it("finds references inside bold", () => {
    expect(validateInline("**[[term:nope]]**", ctx)).toEqual(['unknown glossary term "nope"']);
  });
});

describe("findBareNumbers", () => {
  it("flags digits in text, bold, link text and code", () => {
    expect(findBareNumbers("up to 1000 **in 10 s** [[term:x|R 5]] `429`")).toEqual(["1000", "10", "5", "`429`"]);
  });
  it("allows facts, service names and the listed code spans", () => {
    expect(
      findBareNumbers(
        "{fact:accountConcurrencyDefault} S3 and EC2, p99 latency, `LambdaCanary10Percent5Minutes`, version `2`, `arn:aws:lambda:us-east-1:123456789012:function:orders:1`",
      ),
    ).toEqual([]);
  });
  it("does not let a look-alike code span through", () => {
    expect(findBareNumbers("`LambdaCanary20Percent5Minutes` `12`")).toEqual(["`LambdaCanary20Percent5Minutes`", "`12`"]);
  });
});

describe("resolveInline", () => {
  it("formats facts per locale and names glossary terms", () => {
    const en = resolveInline("{fact:maxEventAgeSeconds} s = {fact:maxEventAgeSeconds|h} h, [[term:reserved-concurrency]]", "en");
    expect(en[0]).toEqual({ type: "fact", id: "maxEventAgeSeconds", text: "21,600", ref: "4.4" });
    expect(en[2]).toMatchObject({ type: "fact", text: "6" });
    expect(en[4]).toMatchObject({ type: "term", id: "reserved-concurrency", text: "Reserved concurrency" });
    const ko = resolveInline("[[term:reserved-concurrency]]", "ko");
    expect(ko[0]).toMatchObject({ text: "예약된 동시성 (Reserved Concurrency)" });
    expect((ko[0] as { definition: string }).definition).not.toContain("**");
  });
  it("gives plain text for titles and labels", () => {
    expect(inlinePlainText("**HTTP {fact:syncThrottleStatus}** from `Invoke`", "en")).toBe("HTTP 429 from Invoke");
  });
});
