import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl, sqliteFilePath } from "./url";

const BUSY_TIMEOUT_MS = 5_000;

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const file = sqliteFilePath(url);
  // timeout is better-sqlite3's busy timeout: a writer waits for a lock instead of failing at once.
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of this process; dev-mode reloads reuse it instead of opening another. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

export type { PrismaClient };
