/**
 * The common knobs of a scenario as form fields, read from and written to the scenario JSON the
 * learner is editing (which may be invalid: a knob then simply shows what is there).
 */
import { getAtPointer, setAtPointer } from "./pointer";

export type KnobKind = "accountLimit" | "reserved" | "provisioned" | "duration" | "init" | "rps" | "burst";

export interface Knob {
  /** Unique per scenario; also the JSON pointer the knob edits. */
  path: string;
  kind: KnobKind;
  /** The function the knob belongs to; undefined for the account. */
  function?: string;
  /** The current number, or null when the field is absent (an unreserved function). */
  value: number | null;
  /** Whether clearing the field is meaningful (reserved concurrency: unreserved). */
  optional: boolean;
  min: number;
  step: number;
  /** Traffic knobs: the qualifier the traffic calls, to tell two entries of a function apart. */
  qualifier?: string;
}

export interface KnobGroup {
  /** undefined for the account group */
  function?: string;
  knobs: Knob[];
}

const asNumber = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Traffic patterns whose size is one number: their rate, or a burst's count. */
function trafficKnob(json: unknown, index: number, name: string): Knob | null {
  const pattern = getAtPointer(json, `/traffic/${index}/pattern`);
  const kind = getAtPointer(pattern, "/kind");
  const base = `/traffic/${index}/pattern`;
  const qualifier = asString(getAtPointer(json, `/traffic/${index}/qualifier`)) ?? "$LATEST";
  if (kind === "constant" || kind === "poisson")
    return { path: `${base}/rps`, kind: "rps", function: name, qualifier, value: asNumber(getAtPointer(pattern, "/rps")), optional: false, min: 0, step: 1 };
  if (kind === "burst")
    return { path: `${base}/count`, kind: "burst", function: name, qualifier, value: asNumber(getAtPointer(pattern, "/count")), optional: false, min: 1, step: 1 };
  return null;
}

export function scenarioKnobs(json: unknown): KnobGroup[] {
  const account: KnobGroup = {
    knobs: [{ path: "/account/concurrencyLimit", kind: "accountLimit", value: asNumber(getAtPointer(json, "/account/concurrencyLimit")), optional: false, min: 1, step: 1 }],
  };
  const functions = asArray(getAtPointer(json, "/functions")).map((fn, f): KnobGroup => {
    const name = asString(getAtPointer(fn, "/name")) ?? `#${f + 1}`;
    const at = (field: string) => `/functions/${f}/${field}`;
    const knobs: Knob[] = [
      { path: at("reservedConcurrentExecutions"), kind: "reserved", function: name, value: asNumber(getAtPointer(fn, "/reservedConcurrentExecutions")), optional: true, min: 0, step: 1 },
    ];
    asArray(getAtPointer(fn, "/provisionedConcurrency")).forEach((_, p) =>
      knobs.push({ path: at(`provisionedConcurrency/${p}/provisionedConcurrentExecutions`), kind: "provisioned", function: name, value: asNumber(getAtPointer(fn, `/provisionedConcurrency/${p}/provisionedConcurrentExecutions`)), optional: false, min: 1, step: 1 }),
    );
    // A duration distribution has several numbers: it is edited in the JSON.
    const duration = asNumber(getAtPointer(fn, "/durationMs"));
    if (duration !== null) knobs.push({ path: at("durationMs"), kind: "duration", function: name, value: duration, optional: false, min: 1, step: 1 });
    knobs.push({ path: at("initDurationMs"), kind: "init", function: name, value: asNumber(getAtPointer(fn, "/initDurationMs")) ?? 0, optional: false, min: 0, step: 1 });
    asArray(getAtPointer(json, "/traffic")).forEach((traffic, t) => {
      if (getAtPointer(traffic, "/function") !== name) return;
      const knob = trafficKnob(json, t, name);
      if (knob) knobs.push(knob);
    });
    return { function: name, knobs };
  });
  return [account, ...functions];
}

/** The scenario with one knob changed; null clears an optional field. */
export function applyKnob<T>(json: T, knob: Pick<Knob, "path" | "optional">, value: number | null): T {
  if (value === null && !knob.optional) throw new Error(`${knob.path} cannot be left empty`);
  // JSON.stringify leaves out undefined properties, which is how a cleared field disappears.
  return setAtPointer(json, knob.path, value ?? undefined);
}
