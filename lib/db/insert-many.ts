import { Prisma } from "./generated/client";

/** SQLite builds before 3.32 allow 999 bound parameters per statement; staying under that works everywhere. */
const MAX_PARAMETERS = 999;

type Executor = { $executeRaw(query: Prisma.Sql): Promise<number> };
type Value = string | number | boolean | Date | null;

/**
 * Inserts many rows with multi-row INSERT statements, as few as the parameter limit allows. Prisma's
 * createMany costs about a tenth of a millisecond of JavaScript per row, which for an import of tens of
 * thousands of rows held the write lock (and the event loop) for seconds. `table` and `columns` are
 * identifiers from code, never from input; every value is a bound parameter.
 */
export async function insertMany(tx: Executor, table: string, columns: readonly string[], rows: readonly (readonly Value[])[]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows.slice(i, i + perStatement).map((row) => Prisma.sql`(${Prisma.join(row)})`);
    await tx.$executeRaw(Prisma.sql`${head}${Prisma.join(values)}`);
  }
}
