import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { bilingualSchema } from "@/lib/content/bilingual";
import { ContentValidationError, formatPath } from "@/lib/content/errors";
import { buildInlineContext } from "@/lib/content/context";
import { validateInline } from "@/lib/content/inline";
import { collectBilingual } from "@/lib/content/walk";

/**
 * Lessons: one JSON file per lesson in content/lessons/, validated with zod when loaded and cached
 * for the life of the server process. Server-only (reads the file system); import it from server
 * components, route handlers and server actions, and pass the page only what it shows.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case (a-z, 0-9, -)");
const refSection = z.string().regex(/^(?:\d{1,2}\.\d{1,2}|M)$/, 'a reference section like "4.3", or "M" for Modelling choices');

export const figureIds = [
  "reserved-vs-provisioned",
  "starvation",
  "async-invocation",
  "efs-mounting",
  "storage-options",
  "cross-account-efs",
  "claimed-concurrency",
  "deployment-shifting",
] as const;
export type FigureId = (typeof figureIds)[number];

export const calloutKinds = ["tip", "warning", "history", "assumption"] as const;
export type CalloutKind = (typeof calloutKinds)[number];

/** A JSON pointer into a scenario (issue 3 format), e.g. "/functions/0/reservedConcurrentExecutions". */
export const scenarioPointer = z
  .string()
  .regex(/^(?:\/[A-Za-z0-9$_-]+)+$/, 'a JSON pointer into the scenario, e.g. "/functions/0/reservedConcurrentExecutions"');

export const simulatorParameterSchema = z
  .strictObject({
    path: scenarioPointer,
    min: z.number().finite(),
    max: z.number().finite(),
    step: z.number().positive(),
    label: bilingualSchema,
  })
  .refine((p) => p.min < p.max, { message: "min must be below max", path: ["max"] });
export type SimulatorParameter = z.infer<typeof simulatorParameterSchema>;

const scenarioId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a scenario id from lib/sim/examples");

export const paragraphBlockSchema = z.strictObject({ type: z.literal("paragraph"), text: bilingualSchema });

export const listBlockSchema = z.strictObject({
  type: z.literal("list"),
  ordered: z.boolean().optional(),
  items: z.array(bilingualSchema).min(1, "a list has at least one item"),
});

export const calloutBlockSchema = z.strictObject({
  type: z.literal("callout"),
  kind: z.enum(calloutKinds),
  title: bilingualSchema.optional(),
  text: bilingualSchema,
  /** reference sections the callout rests on; required for history and assumption callouts */
  refs: z.array(refSection).optional(),
});

export const figureBlockSchema = z.strictObject({
  type: z.literal("figure"),
  figureId: z.enum(figureIds),
  caption: bilingualSchema,
  alt: bilingualSchema,
});

export const simulatorBlockSchema = z.strictObject({
  type: z.literal("simulator"),
  scenarioId,
  parameter: simulatorParameterSchema,
  caption: bilingualSchema,
  /** result metrics (issue 3 names, e.g. "Throttles") the widget should highlight */
  watch: z.array(z.string().regex(/^[A-Za-z]+$/)).min(1).optional(),
});

export const exerciseBlockSchema = z.strictObject({
  type: z.literal("exercise"),
  id: slug,
  title: bilingualSchema,
  goal: bilingualSchema,
  /** opened in the Simulator page */
  scenarioId,
  steps: z.array(bilingualSchema).min(1, "an exercise has at least one step"),
  observe: z.array(bilingualSchema).min(1, "an exercise says what to observe"),
});

export const tableBlockSchema = z
  .strictObject({
    type: z.literal("table"),
    caption: bilingualSchema,
    columns: z.array(bilingualSchema).min(2, "a table has at least two columns"),
    rows: z.array(z.array(bilingualSchema)).min(1, "a table has at least one row"),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length)
        ctx.addIssue({ code: "custom", path: ["rows", i], message: `row has ${row.length} cells, the table has ${table.columns.length} columns` });
    });
  });

export const blockSchema = z
  .discriminatedUnion("type", [
    paragraphBlockSchema,
    listBlockSchema,
    calloutBlockSchema,
    figureBlockSchema,
    simulatorBlockSchema,
    exerciseBlockSchema,
    tableBlockSchema,
  ])
  .superRefine((block, ctx) => {
    if (block.type === "callout" && (block.kind === "history" || block.kind === "assumption") && !block.refs?.length)
      ctx.addIssue({ code: "custom", path: ["refs"], message: `a ${block.kind} callout names the reference section(s) it rests on` });
  });
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block["type"];
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;
export type ListBlock = z.infer<typeof listBlockSchema>;
export type CalloutBlock = z.infer<typeof calloutBlockSchema>;
export type FigureBlock = z.infer<typeof figureBlockSchema>;
export type SimulatorBlock = z.infer<typeof simulatorBlockSchema>;
export type ExerciseBlock = z.infer<typeof exerciseBlockSchema>;
export type TableBlock = z.infer<typeof tableBlockSchema>;

export const checkOptionSchema = z.strictObject({
  text: bilingualSchema,
  /** why this option is right or wrong, revealed after answering */
  explanation: bilingualSchema,
});

export const checkQuestionSchema = z
  .strictObject({
    id: slug,
    prompt: bilingualSchema,
    options: z.array(checkOptionSchema).min(2, "a question has at least two options").max(5, "at most five options"),
    /** index into options */
    correct: z.number().int().nonnegative(),
  })
  .refine((q) => q.correct < q.options.length, { message: "correct is not an index of options", path: ["correct"] });
export type CheckQuestion = z.infer<typeof checkQuestionSchema>;

export const sectionSchema = z.strictObject({
  id: slug,
  title: bilingualSchema,
  /** reference sections this section teaches */
  refs: z.array(refSection).min(1, "a section names the reference sections it teaches"),
  blocks: z.array(blockSchema).min(1, "a section has at least one block"),
  check: z.array(checkQuestionSchema).min(1).max(3, "at most three check questions per section").optional(),
});
export type Section = z.infer<typeof sectionSchema>;

export const rewardsSchema = z.strictObject({
  exp: z.number().int().positive(),
  /** extra points for a perfect score on the lesson's checks */
  perfectBonus: z.number().int().nonnegative(),
  /** title unlocked by completing the lesson */
  title: bilingualSchema,
});
export type Rewards = z.infer<typeof rewardsSchema>;

export const lessonSchema = z
  .strictObject({
    id: slug,
    order: z.number().int().positive(),
    title: bilingualSchema,
    summary: bilingualSchema,
    estimatedMinutes: z.number().int().positive().max(120),
    sections: z.array(sectionSchema).min(1, "a lesson has at least one section"),
    takeaways: z.array(bilingualSchema).min(1, "a lesson has at least one takeaway"),
    rewards: rewardsSchema,
  })
  .superRefine((lesson, ctx) => {
    const sectionIds = new Set<string>();
    const questionIds = new Set<string>();
    const exerciseIds = new Set<string>();
    lesson.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) ctx.addIssue({ code: "custom", path: ["sections", s, "id"], message: `duplicate section id "${section.id}"` });
      sectionIds.add(section.id);
      section.check?.forEach((q, c) => {
        if (questionIds.has(q.id)) ctx.addIssue({ code: "custom", path: ["sections", s, "check", c, "id"], message: `duplicate check id "${q.id}"` });
        questionIds.add(q.id);
      });
      section.blocks.forEach((block, b) => {
        if (block.type !== "exercise") return;
        if (exerciseIds.has(block.id)) ctx.addIssue({ code: "custom", path: ["sections", s, "blocks", b, "id"], message: `duplicate exercise id "${block.id}"` });
        exerciseIds.add(block.id);
      });
    });
  });
export type Lesson = z.infer<typeof lessonSchema>;

/** A lesson without its sections' content: what a lesson list needs. */
export interface LessonSummary {
  id: string;
  order: number;
  title: Lesson["title"];
  summary: Lesson["summary"];
  estimatedMinutes: number;
  sections: { id: string; title: Section["title"] }[];
  rewards: Rewards;
}

export const defaultLessonsDir = () => path.join(process.cwd(), "content", "lessons");

/** Parses one lesson; throws ContentValidationError whose lines name the file and the field path. */
export function parseLesson(json: unknown, source = "lesson"): Lesson {
  const parsed = lessonSchema.safeParse(json);
  if (!parsed.success)
    throw new ContentValidationError(
      source,
      parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
    );
  return parsed.data;
}

/**
 * Reads and validates every lesson of a directory, then the rules across lessons: unique ids and
 * orders, and every inline reference ({fact:..}, [[term:..]], [[lesson:..]]) resolving.
 * Not cached: use getLessons() in the app.
 */
export function loadLessonsFrom(dir: string): Lesson[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const source = path.join(path.basename(dir), file);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      problems.push(`${source}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    try {
      lessons.push(parseLesson(json, source));
    } catch (error) {
      if (error instanceof ContentValidationError) problems.push(...error.problems.map((p) => `${source}: ${p}`));
      else throw error;
    }
  }
  if (problems.length) throw new ContentValidationError(dir, problems);
  problems.push(...crossLessonProblems(lessons));
  if (problems.length) throw new ContentValidationError(dir, problems);
  return lessons.sort((a, b) => a.order - b.order);
}

export function crossLessonProblems(lessons: readonly Lesson[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const orders = new Map<number, string>();
  for (const lesson of lessons) {
    if (ids.has(lesson.id)) problems.push(`duplicate lesson id "${lesson.id}"`);
    ids.add(lesson.id);
    const other = orders.get(lesson.order);
    if (other) problems.push(`lessons "${other}" and "${lesson.id}" share order ${lesson.order}`);
    orders.set(lesson.order, lesson.id);
  }
  const ctx = buildInlineContext(lessons);
  for (const lesson of lessons) {
    for (const { path: at, text } of collectBilingual(lesson)) {
      for (const locale of ["en", "ko"] as const) {
        for (const problem of validateInline(text[locale], ctx)) problems.push(`${lesson.id}: ${formatPath(at)}.${locale}: ${problem}`);
      }
    }
  }
  return problems;
}

let cache: { lessons: readonly Lesson[]; byId: ReadonlyMap<string, Lesson> } | undefined;

function load() {
  if (!cache) {
    const lessons = loadLessonsFrom(defaultLessonsDir());
    cache = { lessons, byId: new Map(lessons.map((l) => [l.id, l])) };
  }
  return cache;
}

/** Every lesson, validated on first use and cached, in order. */
export function getLessons(): readonly Lesson[] {
  return load().lessons;
}

export function getLesson(id: string): Lesson | undefined {
  return load().byId.get(id);
}

/** The lesson list without section bodies. */
export function getLessonSummaries(): LessonSummary[] {
  return getLessons().map((l) => ({
    id: l.id,
    order: l.order,
    title: l.title,
    summary: l.summary,
    estimatedMinutes: l.estimatedMinutes,
    sections: l.sections.map((s) => ({ id: s.id, title: s.title })),
    rewards: l.rewards,
  }));
}

/** For tests and dev tooling: forget the cached lessons. */
export function clearLessonCache(): void {
  cache = undefined;
}
