import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { bilingualSchema, type Bilingual } from "@/lib/content/bilingual";
import { ContentValidationError, formatPath } from "@/lib/content/errors";
import { getLessonSummaries } from "@/lib/content/lessons";

export const badgeIcons = [
  "book",
  "books",
  "laurel",
  "star",
  "flame",
  "flame-gold",
  "cards",
  "cards-stack",
  "flask",
  "flask-star",
  "target",
  "medal",
  "level",
  "level-gold",
  "crown",
] as const;
export type BadgeIcon = (typeof badgeIcons)[number];

/** What the badge rules count; computed from the ledger, answers and study days of one learner. */
export const metrics = ["lessons", "perfectLessons", "perfects", "streak", "reviews", "correctAnswers", "scenarioCorrect", "level", "topicsMastered"] as const;
export type Metric = (typeof metrics)[number];
export type Stats = Record<Metric, number>;

const badgeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  icon: z.enum(badgeIcons),
  name: bilingualSchema,
  description: bilingualSchema,
  /** "all" means the number of lessons in content, so adding a lesson moves the goal with it */
  rule: z.strictObject({ metric: z.enum(metrics), atLeast: z.union([z.int().positive(), z.literal("all")]) }),
});

const achievementsFileSchema = z.strictObject({
  badges: z.array(badgeSchema).min(1),
  titles: z.strictObject({
    icon: z.enum(badgeIcons),
    description: z.strictObject({
      en: z.string().includes("{lesson}"),
      ko: z.string().includes("{lesson}"),
    }),
  }),
});
type AchievementsFile = z.infer<typeof achievementsFileSchema>;
export type Badge = z.infer<typeof badgeSchema>;

export interface AchievementView {
  id: string;
  name: Bilingual;
  description: Bilingual;
  icon: BadgeIcon;
}
export type BadgeView = AchievementView;
export type TitleView = AchievementView;

export function parseAchievements(json: unknown, source = "content/badges.json"): AchievementsFile {
  const parsed = achievementsFileSchema.safeParse(json);
  if (!parsed.success) throw new ContentValidationError(source, parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  const ids = parsed.data.badges.map((b) => b.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new ContentValidationError(source, [`duplicate badge id "${duplicate}"`]);
  return parsed.data;
}

let cache: AchievementsFile | undefined;
function achievements(): AchievementsFile {
  cache ??= parseAchievements(JSON.parse(fs.readFileSync(path.join(process.cwd(), "content", "badges.json"), "utf8")));
  return cache;
}

/** Every badge, in the order the dashboard shows them. */
export function getBadges(): readonly BadgeView[] {
  return achievements().badges.map(({ id, icon, name, description }) => ({ id, icon, name, description }));
}

/** The title a lesson's rewards unlock; its id is the lesson id. */
export function titleOfLesson(lessonId: string): TitleView | undefined {
  const lesson = getLessonSummaries().find((l) => l.id === lessonId);
  if (!lesson) return undefined;
  const { icon, description } = achievements().titles;
  return {
    id: lesson.id,
    icon,
    name: lesson.rewards.title,
    description: { en: description.en.replace("{lesson}", lesson.title.en), ko: description.ko.replace("{lesson}", lesson.title.ko) },
  };
}

/** Every title, in lesson order. */
export function getTitles(): TitleView[] {
  return getLessonSummaries().map((l) => titleOfLesson(l.id)!);
}

/** A rule whose statistic is not given is not met: the caller did not read it because it cannot have changed. */
export function meetsRule(rule: Badge["rule"], stats: Partial<Stats>, lessonCount: number): boolean {
  const target = rule.atLeast === "all" ? lessonCount : rule.atLeast;
  const value = stats[rule.metric];
  return value !== undefined && value >= target;
}

/** Ids of the badges the stats earn. */
export function earnedBadgeIds(stats: Partial<Stats>, lessonCount: number = getLessonSummaries().length): string[] {
  return achievements()
    .badges.filter((b) => meetsRule(b.rule, stats, lessonCount))
    .map((b) => b.id);
}
