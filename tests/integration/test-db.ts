import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";

export interface TestDatabase {
  client: PrismaClient;
  url: string;
  file: string;
  cleanup(): Promise<void>;
}

let template: Promise<string> | undefined;

/** Migrates one template database per test process with the real migrations; tests copy it. */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cl-template-"));
    const file = path.join(dir, "template.db");
    await prepareDatabase(`file:${file}`);
    return file;
  })();
  return template;
}

/** A fresh, fully migrated SQLite file of its own, for one test or one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), "cl-test-"));
  const file = path.join(dir, "test.db");
  await copyFile(await migratedTemplate(), file);
  const url = `file:${file}`;
  const client = createPrismaClient(url);
  return {
    client,
    url,
    file,
    async cleanup() {
      await client.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
