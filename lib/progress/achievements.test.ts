import { describe, expect, it } from "vitest";
import { ContentValidationError } from "@/lib/content/errors";
import { getLessonSummaries } from "@/lib/content/lessons";
import { earnedBadgeIds, getBadges, getTitles, parseAchievements, type Stats } from "./achievements";

const none: Stats = { lessons: 0, perfectLessons: 0, perfects: 0, streak: 0, reviews: 0, correctAnswers: 0, scenarioCorrect: 0, level: 1, topicsMastered: 0 };

describe("badge rules", () => {
  it("earns nothing with no study", () => {
    expect(earnedBadgeIds(none, 5)).toEqual([]);
  });

  it("earns each badge exactly at its threshold", () => {
    expect(earnedBadgeIds({ ...none, streak: 6 }, 5)).toEqual([]);
    expect(earnedBadgeIds({ ...none, streak: 7 }, 5)).toEqual(["streak-7"]);
    expect(earnedBadgeIds({ ...none, streak: 30 }, 5)).toEqual(["streak-7", "streak-30"]);
    expect(earnedBadgeIds({ ...none, reviews: 99 }, 5)).toEqual([]);
    expect(earnedBadgeIds({ ...none, reviews: 100 }, 5)).toEqual(["reviews-100"]);
    expect(earnedBadgeIds({ ...none, scenarioCorrect: 10 }, 5)).toEqual(["first-scenario", "scenario-10"]);
    expect(earnedBadgeIds({ ...none, level: 5 }, 5)).toEqual(["level-5"]);
  });

  it("measures 'all lessons' against the number of lessons in content", () => {
    expect(earnedBadgeIds({ ...none, lessons: 4 }, 5)).toEqual(["first-lesson"]);
    expect(earnedBadgeIds({ ...none, lessons: 5 }, 5)).toEqual(["first-lesson", "all-lessons"]);
    expect(earnedBadgeIds({ ...none, lessons: 5, perfectLessons: 5, perfects: 5 }, 5)).toContain("all-lessons-mastered");
  });
});

describe("achievement content", () => {
  it("has bilingual badges with unique ids", () => {
    const badges = getBadges();
    expect(badges.length).toBeGreaterThanOrEqual(10);
    expect(new Set(badges.map((b) => b.id)).size).toBe(badges.length);
  });

  it("has one title per lesson, lesson 1's being the Concurrency Controller", () => {
    const titles = getTitles();
    expect(titles).toHaveLength(getLessonSummaries().length);
    expect(titles[0]!.name.en).toBe("Concurrency Controller");
    expect(titles[0]!.description.en).not.toContain("{lesson}");
  });

  it("rejects a badge with a missing translation or an unknown metric, naming the field", () => {
    const badge = { id: "x", icon: "star", name: { en: "X", ko: "" }, description: { en: "d", ko: "d" }, rule: { metric: "lessons", atLeast: 1 } };
    const titles = { icon: "crown", description: { en: "{lesson}", ko: "{lesson}" } };
    expect(() => parseAchievements({ badges: [badge], titles })).toThrow(ContentValidationError);
    expect(() => parseAchievements({ badges: [{ ...badge, name: { en: "X", ko: "엑스" }, rule: { metric: "nope", atLeast: 1 } }], titles })).toThrow(
      /badges\[0\]\.rule\.metric/,
    );
    expect(() => parseAchievements({ badges: [{ ...badge, name: { en: "X", ko: "엑스" } }, { ...badge, name: { en: "X", ko: "엑스" } }], titles })).toThrow(/duplicate/);
  });
});
