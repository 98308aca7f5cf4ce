import { z } from "zod";
import { bilingualSchema, type Bilingual } from "@/lib/content/bilingual";
import { compareOps, measureCatalogue, measureNames, type MeasureRef } from "./catalogue";
import { units } from "./units";

/**
 * The question bank's format. Every question file in content/questions is
 * `{ "questions": [ ... ] }` and every question is validated here; errors name the field path
 * (e.g. `questions[3].options[1].explanation.ko`).
 *
 * Scenario questions never store their expected answer: it is computed by simulating the
 * instantiated scenario with the attempt's seed and parameters (see grade.ts).
 */

export const topics = [
  "throttling",
  "reserved-concurrency",
  "scaling",
  "async-retries",
  "dlq-destinations",
  "cold-starts",
  "provisioned-concurrency",
  "aliases",
  "versions",
  "env-vars",
  "efs",
  "event-source-mappings",
] as const;
export type Topic = (typeof topics)[number];

/**
 * The six domains of the AWS Certified DevOps Engineer - Professional exam (DOP-C02). Every
 * question names the one its answer belongs to, so a learner can practise the exam's mix.
 */
export const domains = [
  "sdlc-automation",
  "configuration-management-iac",
  "resilient-cloud-solutions",
  "monitoring-logging",
  "incident-event-response",
  "security-compliance",
] as const;
export type Domain = (typeof domains)[number];

/**
 * scenario: the exam's format - a described system (a company or workload, a constraint, a goal)
 * that the learner reasons through to an outcome or a solution; recall: asks for a fact or rule.
 */
export const questionStyles = ["scenario", "recall"] as const;
export type QuestionStyle = (typeof questionStyles)[number];

/** The "Tricky facts a question bank should test" of the behaviour reference, numbered as there. */
export const trickyFacts = [
  "tricky-1",
  "tricky-2",
  "tricky-3",
  "tricky-4",
  "tricky-5",
  "tricky-6",
  "tricky-7",
  "tricky-8",
  "tricky-9",
  "tricky-10",
] as const;
export type TrickyFact = (typeof trickyFacts)[number];

export const questionTypes = [
  "single",
  "multi",
  "true-false",
  "numeric",
  "ordering",
  "scenario-numeric",
  "scenario-choice",
] as const;
export type QuestionType = (typeof questionTypes)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use kebab-case: lower-case letters, digits and single hyphens");
const paramName = z.string().regex(/^[A-Za-z]+$/, "parameter names are letters only (digits in prose would read as bare numbers)");

// ---------------------------------------------------------------------------------------------
// Parameters and placeholders

/** A parameter drawn per attempt: one of min, min + step, ..., max (all equally likely). */
export const paramDeclSchema = z
  .strictObject({
    min: z.number(),
    max: z.number(),
    step: z.number().positive(),
    /** How `{param:name}` shows the value: a plain number (default) or a fraction shown as percent. */
    format: z.enum(["number", "percent"]).default("number"),
  })
  .superRefine((p, ctx) => {
    if (p.max < p.min) ctx.addIssue({ code: "custom", message: `max (${p.max}) is below min (${p.min})`, path: ["max"] });
    const steps = (p.max - p.min) / p.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      ctx.addIssue({ code: "custom", message: "max - min must be a whole number of steps", path: ["step"] });
    }
    if (steps > 100_000) ctx.addIssue({ code: "custom", message: "too many values: widen the step", path: ["step"] });
  });
export type ParamDecl = z.output<typeof paramDeclSchema>;

export const paramsSchema = z.record(paramName, paramDeclSchema).default({});

/** `{"$param":"name"}` in a scenario template or patch value; optional `times` then `plus`. */
export const paramRefSchema = z.strictObject({
  $param: paramName,
  times: z.number().optional(),
  plus: z.number().optional(),
});
export type ParamRef = z.infer<typeof paramRefSchema>;

export const numberOrParamSchema = z.union([z.number(), paramRefSchema]);
export type NumberOrParam = z.infer<typeof numberOrParamSchema>;

/** A small arithmetic expression for numeric questions: numbers, parameters and reference facts. */
export type Expr =
  | number
  | ParamRef
  | { $fact: string }
  | { op: "add" | "sub" | "mul" | "div" | "min" | "max" | "round"; args: Expr[] };
export const exprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.number(),
    paramRefSchema,
    z.strictObject({ $fact: z.string().min(1) }),
    z.strictObject({
      op: z.enum(["add", "sub", "mul", "div", "min", "max", "round"]),
      args: z.array(exprSchema).min(1),
    }),
  ]),
);

export const toleranceSchema = z
  .strictObject({
    /** Accept |given - expected| <= absolute. */
    absolute: z.number().nonnegative().optional(),
    /** Accept |given - expected| <= relative * |expected| (0.05 = 5 %). */
    relative: z.number().min(0).max(1).optional(),
  })
  .default({});
export type Tolerance = z.output<typeof toleranceSchema>;

// ---------------------------------------------------------------------------------------------
// Measures, goals, patches

export const measureRefSchema = z
  .strictObject({
    name: z.enum(measureNames),
    function: z.string().min(1).optional(),
    version: z.string().min(1).optional(),
    reason: z.string().min(1).optional(),
  })
  .superRefine((m, ctx) => {
    const needs: readonly string[] = measureCatalogue[m.name].args;
    for (const arg of ["function", "version", "reason"] as const) {
      if (needs.includes(arg) && m[arg] === undefined) {
        ctx.addIssue({ code: "custom", message: `measure "${m.name}" needs "${arg}"`, path: [arg] });
      }
      if (!needs.includes(arg) && m[arg] !== undefined) {
        ctx.addIssue({ code: "custom", message: `measure "${m.name}" takes no "${arg}"`, path: [arg] });
      }
    }
  }) satisfies z.ZodType<MeasureRef>;

/** The goal of a scenario-choice question: a named predicate `measure <compare> value`. */
export const goalSchema = z.strictObject({
  measure: measureRefSchema,
  compare: z.enum(compareOps),
  value: numberOrParamSchema,
});
export type Goal = z.infer<typeof goalSchema>;

/**
 * One change to a scenario. The path is slash-separated; a segment applied to an array is an index,
 * `-` (append), or a selector `key=value` matching the element whose `key` equals `value`
 * (e.g. `functions/name=B/reservedConcurrentExecutions`). `set` creates missing objects on the way.
 */
export const patchOpSchema = z.strictObject({
  op: z.enum(["set", "remove"]).default("set"),
  path: z.string().regex(/^[^/]+(\/[^/]+)*$/, "a path is segments separated by '/', e.g. functions/name=B/reservedConcurrentExecutions"),
  value: z.unknown().optional(),
});
export type PatchOp = z.output<typeof patchOpSchema>;

// ---------------------------------------------------------------------------------------------
// Questions

const optionId = z.string().regex(/^[a-z0-9-]{1,32}$/, "option ids are short: a-z, 0-9, hyphen");

const choiceOptionSchema = z.strictObject({
  id: optionId,
  text: bilingualSchema,
  correct: z.boolean(),
  explanation: bilingualSchema,
});

const baseFields = {
  id: slug,
  lesson: slug,
  topic: z.enum(topics),
  domain: z.enum(domains),
  style: z.enum(questionStyles),
  /** 1 recall, 2 apply, 3 analyse. */
  difficulty: z.int().min(1).max(3).default(2),
  /** Tricky facts of the behaviour reference this question tests. */
  tests: z.array(z.enum(trickyFacts)).default([]),
  /** Sections of the behaviour reference the answer rests on, e.g. "5.4". */
  references: z.array(z.string().regex(/^\d+\.\d+$/)).default([]),
  prompt: bilingualSchema,
  /** The general explanation shown after answering. */
  explanation: bilingualSchema,
};

export const singleQuestionSchema = z.strictObject({
  ...baseFields,
  type: z.literal("single"),
  options: z.array(choiceOptionSchema).min(2).max(6),
});

export const multiQuestionSchema = z.strictObject({
  ...baseFields,
  type: z.literal("multi"),
  /** How many options to choose; equals the number of correct options. */
  choose: z.int().min(2),
  options: z.array(choiceOptionSchema).min(3).max(8),
});

export const trueFalseQuestionSchema = z.strictObject({
  ...baseFields,
  type: z.literal("true-false"),
  answer: z.boolean(),
});

export const numericQuestionSchema = z.strictObject({
  ...baseFields,
  type: z.literal("numeric"),
  params: paramsSchema,
  answer: exprSchema,
  tolerance: toleranceSchema,
  unit: z.enum(units),
});

export const orderingQuestionSchema = z.strictObject({
  ...baseFields,
  type: z.literal("ordering"),
  /** The items in the correct order; the learner sees them shuffled. */
  items: z
    .array(z.strictObject({ id: optionId, text: bilingualSchema, explanation: bilingualSchema }))
    .min(3)
    .max(8),
});

const scenarioTemplateSchema = z.record(z.string(), z.unknown());

export const scenarioNumericQuestionSchema = z.strictObject({
  ...baseFields,
  type: z.literal("scenario-numeric"),
  params: paramsSchema,
  /** The simulator's scenario JSON with `{"$param":"name"}` placeholders; `seed` comes from the attempt. */
  scenario: scenarioTemplateSchema,
  measure: measureRefSchema,
  tolerance: toleranceSchema,
  unit: z.enum(units),
});

export const scenarioChoiceQuestionSchema = z.strictObject({
  ...baseFields,
  type: z.literal("scenario-choice"),
  params: paramsSchema,
  scenario: scenarioTemplateSchema,
  goal: goalSchema,
  /** Each option is a configuration change; correct = its simulated outcome meets the goal. */
  options: z
    .array(
      z.strictObject({
        id: optionId,
        label: bilingualSchema,
        patch: z.array(patchOpSchema).min(1),
        explanation: bilingualSchema,
      }),
    )
    .min(2)
    .max(6),
});

const questionUnion = z.discriminatedUnion("type", [
  singleQuestionSchema,
  multiQuestionSchema,
  trueFalseQuestionSchema,
  numericQuestionSchema,
  orderingQuestionSchema,
  scenarioNumericQuestionSchema,
  scenarioChoiceQuestionSchema,
]);

export const questionSchema = questionUnion.superRefine((q, ctx) => {
  // Unique option / item ids, and the right number of correct options.
  if (q.type === "single" || q.type === "multi" || q.type === "scenario-choice") {
    checkUniqueIds(q.options, "options", ctx);
  }
  if (q.type === "ordering") checkUniqueIds(q.items, "items", ctx);
  if (q.type === "single") {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== 1) ctx.addIssue({ code: "custom", message: `a single-choice question needs exactly one correct option, found ${correct}`, path: ["options"] });
  }
  if (q.type === "multi") {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== q.choose) ctx.addIssue({ code: "custom", message: `choose is ${q.choose} but ${correct} options are correct`, path: ["choose"] });
    if (q.choose >= q.options.length) ctx.addIssue({ code: "custom", message: "choose must leave at least one wrong option", path: ["choose"] });
  }

  // Placeholders: the same {param:x} in both languages, every one declared, every parameter used.
  const declared = "params" in q ? new Set(Object.keys(q.params)) : new Set<string>();
  const used = new Set<string>();
  for (const [field, text] of textFields(q)) {
    const en = [...new Set(textParams(text.en))].sort();
    const ko = [...new Set(textParams(text.ko))].sort();
    if (en.join() !== ko.join()) {
      ctx.addIssue({ code: "custom", message: `English and Korean use different {param:...} placeholders (${en.join(", ")} / ${ko.join(", ")})`, path: [...field] });
    }
    for (const name of [...en, ...ko]) {
      used.add(name);
      if (!declared.has(name)) ctx.addIssue({ code: "custom", message: `{param:${name}} is not a declared parameter`, path: [...field] });
    }
  }
  const refs: ParamRefSite[] = [];
  if (q.type === "numeric") collectParamRefs(q.answer, ["answer"], refs);
  if (q.type === "scenario-numeric" || q.type === "scenario-choice") {
    collectParamRefs(q.scenario, ["scenario"], refs);
    if ("seed" in q.scenario) ctx.addIssue({ code: "custom", message: "a scenario template has no seed: the attempt's seed is used", path: ["scenario", "seed"] });
  }
  if (q.type === "scenario-choice") {
    collectParamRefs(q.goal.value, ["goal", "value"], refs);
    q.options.forEach((o, i) => collectParamRefs(o.patch, ["options", i, "patch"], refs));
  }
  for (const ref of refs) {
    used.add(ref.name);
    if (ref.malformed) ctx.addIssue({ code: "custom", message: 'a placeholder is {"$param": name, "times"?: number, "plus"?: number}', path: [...ref.path] });
    if (!declared.has(ref.name)) ctx.addIssue({ code: "custom", message: `"$param": "${ref.name}" is not a declared parameter`, path: [...ref.path] });
  }
  for (const name of declared) {
    if (!used.has(name)) ctx.addIssue({ code: "custom", message: `parameter "${name}" is declared but never used`, path: ["params", name] });
  }
});

export type Question = z.output<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type SingleQuestion = z.output<typeof singleQuestionSchema>;
export type MultiQuestion = z.output<typeof multiQuestionSchema>;
export type TrueFalseQuestion = z.output<typeof trueFalseQuestionSchema>;
export type NumericQuestion = z.output<typeof numericQuestionSchema>;
export type OrderingQuestion = z.output<typeof orderingQuestionSchema>;
export type ScenarioNumericQuestion = z.output<typeof scenarioNumericQuestionSchema>;
export type ScenarioChoiceQuestion = z.output<typeof scenarioChoiceQuestionSchema>;
export type ScenarioQuestion = ScenarioNumericQuestion | ScenarioChoiceQuestion;

export const questionFileSchema = z.strictObject({
  questions: z.array(questionSchema).min(1),
});
export type QuestionFile = z.output<typeof questionFileSchema>;

export function isScenarioQuestion(q: Question): q is ScenarioQuestion {
  return q.type === "scenario-numeric" || q.type === "scenario-choice";
}

// ---------------------------------------------------------------------------------------------
// Helpers shared with the renderer

export const PARAM_PLACEHOLDER = /\{param:([A-Za-z]+)\}/g;

export function textParams(text: string): string[] {
  return [...text.matchAll(PARAM_PLACEHOLDER)].map((m) => m[1] as string);
}

/** Every bilingual text of a question with its path. */
export function textFields(q: Question): [(string | number)[], Bilingual][] {
  const out: [(string | number)[], Bilingual][] = [
    [["prompt"], q.prompt],
    [["explanation"], q.explanation],
  ];
  if (q.type === "single" || q.type === "multi") {
    q.options.forEach((o, i) => {
      out.push([["options", i, "text"], o.text], [["options", i, "explanation"], o.explanation]);
    });
  }
  if (q.type === "ordering") {
    q.items.forEach((o, i) => {
      out.push([["items", i, "text"], o.text], [["items", i, "explanation"], o.explanation]);
    });
  }
  if (q.type === "scenario-choice") {
    q.options.forEach((o, i) => {
      out.push([["options", i, "label"], o.label], [["options", i, "explanation"], o.explanation]);
    });
  }
  return out;
}

function checkUniqueIds(list: readonly { id: string }[], field: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((o, i) => {
    if (seen.has(o.id)) ctx.addIssue({ code: "custom", message: `duplicate id "${o.id}"`, path: [field, i, "id"] });
    seen.add(o.id);
  });
}

export interface ParamRefSite {
  name: string;
  path: (string | number)[];
  /** Set when the placeholder has keys other than $param, times, plus, or wrong value types. */
  malformed?: true;
}

/** Finds every `{"$param": ...}` inside a JSON value. */
export function collectParamRefs(
  value: unknown,
  path: (string | number)[],
  out: ParamRefSite[],
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectParamRefs(v, [...path, i], out));
    return;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("$param" in record) {
      const parsed = paramRefSchema.safeParse(record);
      out.push({ name: String(record.$param), path, ...(parsed.success ? {} : { malformed: true }) });
      return;
    }
    for (const [k, v] of Object.entries(record)) collectParamRefs(v, [...path, k], out);
  }
}

/** Formats zod issues as `path: message` lines. */
export function formatIssues(error: z.ZodError, prefix = ""): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
        .join("");
      return `${prefix}${path || "(root)"}: ${issue.message}`;
    })
    .join("\n");
}
