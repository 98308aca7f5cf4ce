import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { openSchemaEngine, type EngineLog } from "./schema-engine";

export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

export const defaultMigrationPaths = (root = process.cwd()): MigrationPaths => ({
  schemaPath: path.join(root, "prisma", "schema.prisma"),
  migrationsDir: path.join(root, "prisma", "migrations"),
});

const LOCKFILE = "migration_lock.toml";
const noFilters = { externalTables: [], externalEnums: [] };

/** The migrations folder in the shape the engine expects, mirroring what the prisma CLI sends. */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const entries = existsSync(migrationsDir) ? await readdir(migrationsDir, { withFileTypes: true }) : [];
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(migrationsDir, LOCKFILE);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => {
        const file = path.join(migrationsDir, folder, "migration.sql");
        const content = existsSync(file)
          ? { tag: "ok" as const, value: await readFile(file, "utf8") }
          : { tag: "error" as const, value: `${file} is missing` };
        return { path: folder, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

/** Applies every pending migration; returns the names applied now. */
export async function deployMigrations(url: string, paths = defaultMigrationPaths(), log?: EngineLog) {
  const engine = await openSchemaEngine(url, paths.schemaPath, log);
  try {
    const migrationsList = await readMigrationsList(paths.migrationsDir);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

export interface MigrationStatus {
  pending: string[];
  edited: string[];
  failed: string[];
  history: string | null;
}

export async function migrationStatus(url: string, paths = defaultMigrationPaths()): Promise<MigrationStatus> {
  const engine = await openSchemaEngine(url, paths.schemaPath);
  try {
    const migrationsList = await readMigrationsList(paths.migrationsDir);
    const out = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    const history = out.history;
    return {
      pending: history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [],
      edited: out.editedMigrationNames,
      failed: out.failedMigrationNames,
      history: history?.diagnostic ?? null,
    };
  } finally {
    engine.free();
  }
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * Creates a migration from the difference between the migration history and schema.prisma,
 * after bringing the development database up to date. Returns the new folder, or null when the
 * schema already matches the history.
 */
export async function createMigration(
  url: string,
  name: string,
  paths = defaultMigrationPaths(),
  now = new Date(),
): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration name: use lower-case letters, digits and _");
  const engine = await openSchemaEngine(url, paths.schemaPath);
  try {
    const migrationsList = await readMigrationsList(paths.migrationsDir);
    // Without the history table the engine refuses to create a migration (P1014); the shadow
    // replay in devDiagnostic is what lets createMigration diff against the history.
    await engine.applyMigrations({ migrationsList, filters: noFilters });
    const { action } = await engine.devDiagnostic({ migrationsList, filters: noFilters });
    if (action.tag === "reset") throw new Error(`The development database has drifted: ${action.reason}`);
    const schema = await readFile(paths.schemaPath, "utf8");
    const out = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: [{ path: paths.schemaPath, content: schema }] },
      filters: noFilters,
    });
    if (!out.migrationScript) return null;
    const folder = path.join(paths.migrationsDir, `${timestamp(now)}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "migration.sql"), out.migrationScript);
    const lock = path.join(paths.migrationsDir, LOCKFILE);
    if (!existsSync(lock)) {
      await writeFile(
        lock,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
      );
    }
    return folder;
  } finally {
    engine.free();
  }
}

export const migrationChecksum = (sql: string) => createHash("sha256").update(sql).digest("hex");
