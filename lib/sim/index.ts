/**
 * lib/sim: a deterministic discrete-event simulator of AWS Lambda concurrency.
 * Pure TypeScript (zod only): runs in route handlers, server actions and browser web workers alike.
 */
export { simulate } from "./simulate";
export { validateScenario, ScenarioValidationError, formatPath } from "./validate";
export { scenarioSchema } from "./schema";
export { formatSummary } from "./summary";
export { ALL_ASSUMPTIONS, ASSUMPTION_TEXTS, assumptionIds } from "./assumptions";
export type * from "./types";
