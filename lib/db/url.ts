import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/concurrency-lab.db";

/** The SQLite URL from DATABASE_URL, or the default file under data/ (which git ignores). */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export class DatabaseUrlError extends Error {}

/**
 * The filesystem path of a `file:` SQLite URL, resolved against the project root so the CLI, the
 * server and the tests all open the same file whatever their working directory.
 */
export function sqliteFilePath(url: string, root: string = process.cwd()): string {
  if (!url.startsWith("file:")) {
    throw new DatabaseUrlError(
      `DATABASE_URL must be a SQLite file URL such as "${DEFAULT_DATABASE_URL}" (got "${url}")`,
    );
  }
  const file = url.slice("file:".length).split("?")[0];
  if (!file) throw new DatabaseUrlError(`DATABASE_URL "${url}" names no file`);
  if (file === ":memory:") return file;
  return path.resolve(root, file);
}
