import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { missingPlatformEntries } from "../../scripts/complete-lockfile.mjs";

describe("package-lock.json", () => {
  it("lists every optional native package, so `npm ci` accepts it (run scripts/complete-lockfile.mjs after npm install)", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
    expect(Object.keys(missingPlatformEntries(lock))).toEqual([]);
  });

  it("pins every direct dependency to an exact version", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, Record<string, string>>;
    const ranges = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(v));
    expect(ranges).toEqual([]);
  });
});
