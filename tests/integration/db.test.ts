import Database from "better-sqlite3";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health";
import { migrationChecksum, readMigrationsList } from "@/lib/db/migrations";
import { DatabaseSetupError, prepareDatabase } from "@/lib/db/prepare";
import { ensureLearnerRow } from "@/lib/learner/store";
import { createTestDatabase, type TestDatabase } from "./test-db";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "cl-db-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function testDb(): Promise<TestDatabase> {
  const tdb = await createTestDatabase();
  cleanups.push(tdb.cleanup);
  return tdb;
}

describe("migrations with the WebAssembly schema engine", () => {
  it("applies every committed migration and records Prisma's checksums", async () => {
    const file = path.join(await tempDir(), "app.db");
    const applied = await prepareDatabase(`file:${file}`);
    const list = await readMigrationsList(path.join(process.cwd(), "prisma", "migrations"));
    expect(applied).toEqual(list.migrationDirectories.map((d) => d.path));

    const sqlite = new Database(file, { readonly: true });
    const rows = sqlite.prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name").all() as {
      migration_name: string;
      checksum: string;
      finished_at: string | null;
    }[];
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    sqlite.close();
    for (const row of rows) {
      const sql = await readFile(path.join(process.cwd(), "prisma", "migrations", row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(migrationChecksum(sql));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("keeps data across a second start: nothing is re-applied", async () => {
    const file = path.join(await tempDir(), "app.db");
    await prepareDatabase(`file:${file}`);
    const sqlite = new Database(file);
    sqlite.prepare(`INSERT INTO "Learner" ("id") VALUES ('kept-learner')`).run();
    sqlite.close();
    expect(await prepareDatabase(`file:${file}`)).toEqual([]);
    const again = new Database(file, { readonly: true });
    expect(again.prepare(`SELECT id FROM "Learner"`).all()).toEqual([{ id: "kept-learner" }]);
    again.close();
  });

  it("refuses a non-file DATABASE_URL and an unwritable folder with one clear message", async () => {
    await expect(prepareDatabase("postgres://localhost/db")).rejects.toThrow(DatabaseSetupError);
    const blocker = path.join(await tempDir(), "not-a-folder");
    await writeFile(blocker, "");
    await expect(prepareDatabase(`file:${blocker}/app.db`)).rejects.toThrow(/Cannot write the database at .*Set DATABASE_URL/);
  });
});

describe("learners and health", () => {
  it("creates a guest learner once and records later visits", async () => {
    const { client } = await testDb();
    await ensureLearnerRow(client, "guest-1234abcd");
    const first = await client.learner.findUniqueOrThrow({ where: { id: "guest-1234abcd" } });
    await ensureLearnerRow(client, "guest-1234abcd");
    expect(await client.learner.count()).toBe(1);
    const second = await client.learner.findUniqueOrThrow({ where: { id: "guest-1234abcd" } });
    expect(second.lastSeenAt.getTime()).toBeGreaterThanOrEqual(first.lastSeenAt.getTime());
    expect(second.readingMode).toBeNull();
  });

  it("reports the database up, and down once the connection fails", async () => {
    const { client } = await testDb();
    expect(await checkHealth(client)).toMatchObject({ status: "ok", database: "up" });
    const broken = { $queryRaw: () => Promise.reject(new Error("disk gone")) } as unknown as typeof client;
    expect(await checkHealth(broken)).toMatchObject({ status: "degraded", database: "down" });
  });
});
