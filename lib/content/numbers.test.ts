import { describe, expect, it } from "vitest";
import { findBareNumbersBilingual, findSpelledOutKoreanNumbers } from "@/lib/content/numbers";

describe("findBareNumbersBilingual", () => {
  it("lets Korean write in digits what English writes as number words or month names", () => {
    const text = {
      en: "Each request lasted one full second, from September to late November {fact:vpcHyperplaneYear}.",
      ko: "요청마다 꼬박 1초씩, {fact:vpcHyperplaneYear}년 9월부터 11월 말까지.",
    };
    expect(findBareNumbersBilingual(text)).toEqual({ en: [], ko: [] });
  });

  it("reports Korean digits the English does not mirror, and every English digit", () => {
    expect(findBareNumbersBilingual({ en: "one second", ko: "2초" }).ko).toEqual(["2초"]);
    expect(findBareNumbersBilingual({ en: "in October", ko: "11월에" }).ko).toEqual(["11월에"]);
    expect(findBareNumbersBilingual({ en: "up to 1000", ko: "최대 1000개" })).toEqual({ en: ["1000"], ko: ["1000개"] });
  });

  it("counts each English word once (two Korean 1s need two English ones)", () => {
    expect(findBareNumbersBilingual({ en: "one function", ko: "함수 1개, 버전 1개" }).ko).toEqual(["1개"]);
    expect(findBareNumbersBilingual({ en: "one function, one version", ko: "함수 1개, 버전 1개" }).ko).toEqual([]);
  });

  it("does not read words inside code spans or facts, and never licenses Korean code spans", () => {
    expect(findBareNumbersBilingual({ en: "`one` {fact:x}", ko: "1개" }).ko).toEqual(["1개"]);
    expect(findBareNumbersBilingual({ en: "twelve", ko: "`12`" }).ko).toEqual(["`12`"]);
  });
});

describe("findSpelledOutKoreanNumbers", () => {
  it("finds forced Sino-Korean readings before counters and months", () => {
    expect(findSpelledOutKoreanNumbers("요청마다 꼬박 일 초씩 걸립니다")).toEqual(["일 초"]);
    expect(findSpelledOutKoreanNumbers("각 십 초 동안, 이 초 뒤")).toEqual(["이 초", "십 초"]);
    expect(findSpelledOutKoreanNumbers("2019년 시월과 십일월에")).toEqual(["시월", "십일월"]);
    expect(findSpelledOutKoreanNumbers("약 십분의 일이")).toEqual(["십분의 일"]);
  });

  it("leaves ordinary words alone", () => {
    expect(findSpelledOutKoreanNumbers("구분, 이 시간, 이 분께, 십분 활용, 백분위, 이번, 일부, 일반적인 초기화")).toEqual([]);
    expect(findSpelledOutKoreanNumbers("`일 초` {fact:x}초")).toEqual([]);
  });
});
