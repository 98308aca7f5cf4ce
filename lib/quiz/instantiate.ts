import type { Locale } from "@/lib/i18n/locales";
import { rngFor } from "./prng";
import {
  PARAM_PLACEHOLDER,
  paramRefSchema,
  type ParamDecl,
  type ParamRef,
  type PatchOp,
  type Question,
} from "./schema";

export type Params = Record<string, number>;

/** An attempt's stored parameters do not fit the question (tampered, or the question changed). */
export class InvalidAttemptError extends Error {
  override name = "InvalidAttemptError";
}

/** A patch path that does not resolve in the scenario. */
export class PatchError extends Error {
  override name = "PatchError";
}

function roundClean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** The values a declared parameter can take, smallest first. */
export function parameterValues(decl: ParamDecl): number[] {
  const count = Math.round((decl.max - decl.min) / decl.step) + 1;
  return Array.from({ length: count }, (_, k) => roundClean(decl.min + k * decl.step));
}

function declsOf(question: Question): Record<string, ParamDecl> {
  return "params" in question ? question.params : {};
}

/**
 * Draws the question's parameters for one attempt, deterministically from the seed (and the
 * question id, so that one attempt seed gives different draws per question).
 */
export function drawParameters(question: Question, seed: number): Params {
  const rng = rngFor(seed, question.id, "params");
  const params: Params = {};
  for (const [name, decl] of Object.entries(declsOf(question)).sort(([a], [b]) => a.localeCompare(b))) {
    const count = Math.round((decl.max - decl.min) / decl.step) + 1;
    params[name] = roundClean(decl.min + rng.int(count) * decl.step);
  }
  return params;
}

/** Every parameter at its minimum (or maximum): the extreme draws used in tests. */
export function extremeParameters(question: Question, which: "min" | "max"): Params {
  return Object.fromEntries(Object.entries(declsOf(question)).map(([name, d]) => [name, d[which]]));
}

/** Throws InvalidAttemptError unless `params` holds exactly the declared parameters, each on its grid. */
export function checkParameters(question: Question, params: Params): void {
  const decls = declsOf(question);
  for (const name of Object.keys(params)) {
    if (!(name in decls)) throw new InvalidAttemptError(`unknown parameter "${name}" for question ${question.id}`);
  }
  for (const [name, decl] of Object.entries(decls)) {
    const value = params[name];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InvalidAttemptError(`parameter "${name}" is missing for question ${question.id}`);
    }
    const k = (value - decl.min) / decl.step;
    if (value < decl.min - 1e-9 || value > decl.max + 1e-9 || Math.abs(k - Math.round(k)) > 1e-6) {
      throw new InvalidAttemptError(
        `parameter "${name}" = ${value} is not one of ${decl.min}..${decl.max} step ${decl.step} (question ${question.id})`,
      );
    }
  }
}

export function resolveParamRef(ref: ParamRef, params: Params): number {
  const value = params[ref.$param];
  if (value === undefined) throw new InvalidAttemptError(`parameter "${ref.$param}" has no value`);
  return roundClean(value * (ref.times ?? 1) + (ref.plus ?? 0));
}

/** Replaces every `{"$param": ...}` in a JSON value with its number. Returns a deep copy. */
export function fillParams<T>(value: T, params: Params): T {
  return fill(value, params) as T;
}

function fill(value: unknown, params: Params): unknown {
  if (Array.isArray(value)) return value.map((v) => fill(v, params));
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("$param" in record) return resolveParamRef(paramRefSchema.parse(record), params);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fill(v, params)]));
  }
  return value;
}

/**
 * The simulator scenario for an attempt: the template with its parameters filled in and, when
 * given, the simulation seed. The result is plain JSON for the simulator's validateScenario.
 */
export function instantiateScenario(
  template: Record<string, unknown>,
  params: Params,
  seed?: number,
): Record<string, unknown> {
  const scenario = fillParams(template, params);
  if (seed !== undefined) return { seed, ...scenario };
  return scenario;
}

// ---------------------------------------------------------------------------------------------
// Patches

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === "object";
}

function childIndex(array: unknown[], segment: string, path: string, creating: boolean): number {
  if (segment === "-") return creating ? array.length : -1;
  if (/^\d+$/.test(segment)) return Number(segment);
  const eq = segment.indexOf("=");
  if (eq > 0) {
    const key = segment.slice(0, eq);
    const wanted = segment.slice(eq + 1);
    return array.findIndex((el) => isContainer(el) && !Array.isArray(el) && String(el[key]) === wanted);
  }
  throw new PatchError(`"${segment}" in ${path} is not an index, "-" or key=value selector on an array`);
}

/**
 * Applies a list of set/remove operations to a copy of the scenario (see patchOpSchema for the path
 * syntax). Values may hold `{"$param": ...}` placeholders.
 */
export function applyPatch(
  scenario: Record<string, unknown>,
  ops: readonly PatchOp[],
  params: Params = {},
): Record<string, unknown> {
  const root = structuredClone(scenario);
  for (const op of ops) {
    const segments = op.path.split("/");
    let node: Container = root;
    for (let i = 0; i < segments.length - 1; i += 1) {
      const segment = segments[i] as string;
      const nextSegment = segments[i + 1] as string;
      const makeChild = (): Container => (nextSegment === "-" || /^\d+$/.test(nextSegment) ? [] : {});
      if (Array.isArray(node)) {
        const index = childIndex(node, segment, op.path, op.op === "set");
        if (index < 0 || index > node.length) throw new PatchError(`${op.path}: no element matches "${segment}"`);
        if (index === node.length || !isContainer(node[index])) {
          if (op.op === "remove") throw new PatchError(`${op.path}: nothing to remove at "${segment}"`);
          node[index] = makeChild();
        }
        node = node[index] as Container;
      } else {
        if (!isContainer(node[segment])) {
          if (op.op === "remove") throw new PatchError(`${op.path}: nothing to remove at "${segment}"`);
          node[segment] = makeChild();
        }
        node = node[segment] as Container;
      }
    }
    const last = segments[segments.length - 1] as string;
    if (op.op === "remove") {
      if (Array.isArray(node)) {
        const index = childIndex(node, last, op.path, false);
        if (index < 0 || index >= node.length) throw new PatchError(`${op.path}: no element matches "${last}"`);
        node.splice(index, 1);
      } else {
        if (!(last in node)) throw new PatchError(`${op.path}: nothing to remove`);
        delete node[last];
      }
      continue;
    }
    if (op.value === undefined) throw new PatchError(`${op.path}: "set" needs a value`);
    const value = fillParams(op.value, params);
    if (Array.isArray(node)) {
      const index = childIndex(node, last, op.path, true);
      if (index < 0 || index > node.length) throw new PatchError(`${op.path}: no element matches "${last}"`);
      node[index] = value;
    } else {
      node[last] = value;
    }
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// Text

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US", { maximumFractionDigits }).format(value);
}

/** Fills `{param:name}` with the attempt's values, formatted for the locale. Other markup is kept. */
export function renderParams(text: string, question: Question, params: Params, locale: Locale): string {
  const decls = declsOf(question);
  return text.replace(PARAM_PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    const decl = decls[name];
    if (value === undefined || decl === undefined) return whole;
    return decl.format === "percent" ? `${formatNumber(value * 100, locale)}%` : formatNumber(value, locale);
  });
}
