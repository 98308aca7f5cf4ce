/**
 * The scenario input format (zod, strict objects: unknown keys are errors).
 * This file checks shapes and single-field bounds; the rules that relate fields to each other
 * (reserved sums, aliases, provisioned concurrency, traffic targets, size limits) live in
 * checks.ts and are attached here with superRefine, so `scenarioSchema.safeParse` is the whole
 * validation.
 */
import { z } from "zod";
import { checkScenario } from "./checks";

/** Lambda's maximum timeout (900 s): no run can last longer. */
export const MAX_DURATION_MS = 900_000;
/** Init is limited to 10 s for on-demand environments (reference 6.2). */
const MAX_INIT_MS = 10_000;
const MAX_FUNCTIONS = 50;
const MAX_TRAFFIC_ENTRIES = 200;
/** A simulated day: longer windows would produce timelines nobody can read. */
const MAX_DURATION_SECONDS = 86_400;

const functionName = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "Function name must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'");
const versionNumber = z.string().regex(/^[0-9]+$/, "A published version is a number, e.g. \"1\"");
/** AWS alias name pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+), at most 128 characters. */
const aliasName = z
  .string()
  .max(128)
  .regex(/^(?![0-9]+$)[A-Za-z0-9_-]+$/, "Alias name must match (?!^[0-9]+$)([a-zA-Z0-9-_]+)");

const durationMs = z.number().min(1).max(MAX_DURATION_MS);

export const durationSchema = z.union([
  durationMs,
  z.discriminatedUnion("distribution", [
    z.strictObject({ distribution: z.literal("uniform"), minMs: durationMs, maxMs: durationMs }),
    z.strictObject({ distribution: z.literal("lognormal"), medianMs: durationMs, p95Ms: durationMs }),
  ]),
]);

const aliasSchema = z.strictObject({
  name: aliasName,
  functionVersion: z.string(),
  additionalVersionWeights: z.record(z.string(), z.number()).optional(),
});

const provisionedConcurrencySchema = z.strictObject({
  qualifier: z.string(),
  provisionedConcurrentExecutions: z.number().int().min(1),
  schedule: z
    .array(z.strictObject({ atSecond: z.number().min(0), provisionedConcurrentExecutions: z.number().int().min(1) }))
    .max(100)
    .default([]),
  targetTracking: z
    .strictObject({
      targetUtilization: z.number().gt(0).max(1),
      min: z.number().int().min(1),
      max: z.number().int().min(1),
    })
    .optional(),
});

const asyncInvokeConfigSchema = z.strictObject({
  // Ranges are checked in checks.ts so the messages can carry AWS's wording and the value.
  maximumRetryAttempts: z.number().int().default(2),
  maximumEventAgeInSeconds: z.number().int().default(21_600),
  onFailure: z.enum(["dlq", "destination", "none"]).default("none"),
});

const functionSchema = z.strictObject({
  name: functionName,
  reservedConcurrentExecutions: z.number().int().min(0).optional(),
  durationMs: durationSchema,
  initDurationMs: z.number().min(0).max(MAX_INIT_MS, "Init is limited to 10000 ms (10 s) for on-demand environments").default(0),
  idleTimeoutSeconds: z.number().min(0).max(MAX_DURATION_SECONDS).default(300),
  errorRate: z.number().min(0).max(1).default(0),
  versions: z.array(versionNumber).max(100).default([]),
  aliases: z.array(aliasSchema).max(100).default([]),
  provisionedConcurrency: z.array(provisionedConcurrencySchema).max(100).default([]),
  asyncInvokeConfig: asyncInvokeConfigSchema.prefault({}),
});

const second = z.number().min(0).max(MAX_DURATION_SECONDS);
const rps = z.number().min(0).max(1_000_000);

export const patternSchema = z.discriminatedUnion("kind", [
  // endSecond defaults to the scenario's durationSeconds.
  z.strictObject({ kind: z.literal("constant"), rps, startSecond: second.default(0), endSecond: second.optional() }),
  z.strictObject({ kind: z.literal("poisson"), rps, startSecond: second.default(0), endSecond: second.optional() }),
  z.strictObject({
    kind: z.literal("ramp"),
    fromRps: rps,
    toRps: rps,
    startSecond: second.default(0),
    endSecond: second.optional(),
  }),
  z.strictObject({
    kind: z.literal("steps"),
    steps: z.array(z.strictObject({ atSecond: second, rps })).min(1).max(1000),
    endSecond: second.optional(),
  }),
  z.strictObject({ kind: z.literal("burst"), count: z.number().int().min(1), atSecond: second.default(0) }),
]);

const trafficSchema = z.strictObject({
  function: z.string(),
  qualifier: z.string().default("$LATEST"),
  invocationType: z.enum(["RequestResponse", "Event"]),
  source: z.enum(["alb", "api-gateway", "sdk", "s3", "sns", "eventbridge"]).default("sdk"),
  pattern: patternSchema,
});

export const baseScenarioSchema = z.strictObject({
  seed: z.number().int().min(-(2 ** 53) + 1).max(2 ** 53 - 1),
  durationSeconds: z.number().gt(0).max(MAX_DURATION_SECONDS),
  account: z.strictObject({ concurrencyLimit: z.number().int().min(1).max(1_000_000) }),
  functions: z.array(functionSchema).min(1).max(MAX_FUNCTIONS, `At most ${MAX_FUNCTIONS} functions per scenario`),
  traffic: z.array(trafficSchema).max(MAX_TRAFFIC_ENTRIES, `At most ${MAX_TRAFFIC_ENTRIES} traffic entries per scenario`),
});

/** The full scenario schema: shapes plus the AWS configuration rules. */
export const scenarioSchema = baseScenarioSchema.superRefine((scenario, ctx) => {
  for (const issue of checkScenario(scenario)) {
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
});
