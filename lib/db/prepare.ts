import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { deployMigrations, defaultMigrationPaths, type MigrationPaths } from "./migrations";
import { DatabaseUrlError, sqliteFilePath } from "./url";

/** A setup problem a user can fix; its message is one line that says how. */
export class DatabaseSetupError extends Error {}

function ensureWritableFolder(file: string): void {
  const dir = path.dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DatabaseSetupError(
      `Cannot write the database at ${file} (${reason}). Set DATABASE_URL to a file in a writable folder, e.g. DATABASE_URL=file:./data/concurrency-lab.db`,
    );
  }
}

/**
 * WAL lets the server read while a write is in progress; the mode is stored in the file, so it is
 * set once here rather than on every connection.
 */
function enableWal(file: string): void {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/** Checks DATABASE_URL, creates the folder, applies pending migrations. Returns applied names. */
export async function prepareDatabase(
  url: string,
  options: { migrate?: boolean; paths?: MigrationPaths } = {},
): Promise<string[]> {
  let file: string;
  try {
    file = sqliteFilePath(url);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new DatabaseSetupError(error.message);
    throw error;
  }
  if (file !== ":memory:") {
    ensureWritableFolder(file);
    try {
      enableWal(file);
    } catch (error) {
      throw new DatabaseSetupError(`Cannot open the database at ${file}: ${(error as Error).message}`);
    }
  }
  if (options.migrate === false) return [];
  return deployMigrations(`file:${file}`, options.paths ?? defaultMigrationPaths());
}
