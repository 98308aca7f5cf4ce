import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "cl-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The real entry point of `npm start`, stopped before it builds: setup errors come first.
function start(env: Record<string, string>) {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return spawnSync(tsx, ["scripts/start.ts"], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });
}

describe("npm start refuses a database it cannot use", () => {
  it("names the problem in one line and exits non-zero for a non-SQLite DATABASE_URL", () => {
    const run = start({ DATABASE_URL: "postgres://localhost/concurrency" });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n").filter((l) => !l.startsWith("npm warn"));
    expect(lines).toEqual([expect.stringMatching(/^Cannot start Concurrency Lab: DATABASE_URL must be a SQLite file URL/)]);
  });

  it("names the problem in one line and exits non-zero for an unwritable folder", () => {
    const blocker = path.join(dir, "a-file");
    writeFileSync(blocker, "");
    const run = start({ DATABASE_URL: `file:${blocker}/app.db` });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n").filter((l) => !l.startsWith("npm warn"));
    expect(lines).toEqual([expect.stringMatching(/^Cannot start Concurrency Lab: Cannot write the database at .*a-file\/app\.db/)]);
  });

  it("refuses an out-of-range PORT", () => {
    const run = start({ PORT: "99999", DATABASE_URL: `file:${path.join(dir, "ok.db")}` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT must be a number from 1 to 65535/);
  });
});
