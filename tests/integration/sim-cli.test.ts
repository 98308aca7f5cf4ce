import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { exampleScenarios } from "@/lib/sim/examples";

const dir = mkdtempSync(path.join(tmpdir(), "cl-sim-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sim(...args: string[]) {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return spawnSync(tsx, ["scripts/sim.ts", ...args], { encoding: "utf8", timeout: 60_000 });
}

function file(name: string, content: string) {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("npm run sim", () => {
  it("prints the same result JSON as simulate()", () => {
    const scenario = exampleScenarios["reserved-protects"];
    const run = sim(file("ok.json", JSON.stringify(scenario)));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(simulate(scenario))));
  });

  it("prints a readable summary with --summary", () => {
    const run = sim(file("ok2.json", JSON.stringify(exampleScenarios.starvation)), "--summary");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Throttles/);
  });

  it("exits 2 with each error's field path for an invalid scenario", () => {
    const bad = structuredClone(exampleScenarios["reserved-protects"]) as unknown as { functions: { reservedConcurrentExecutions?: number }[] };
    bad.functions[0]!.reservedConcurrentExecutions = -5;
    const run = sim(file("bad.json", JSON.stringify(bad)));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/functions\[0\]\.reservedConcurrentExecutions/);
  });

  it("exits 2 for bad JSON, a missing file and a missing argument", () => {
    expect(sim(file("broken.json", "{ nope")).stderr).toMatch(/is not valid JSON/);
    const missing = sim(path.join(dir, "missing.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
    expect(sim().status).toBe(2);
  });
});
