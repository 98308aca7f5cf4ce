/**
 * Progress import benchmark (issue 9): the largest file the import limits allow, merged into a fresh
 * learner and then again (nothing new), and the attack file (10,000 rewards of 2,147,483,647 EXP)
 * refused. Reports the file size, JSON parse, the checks, the whole import and the longest the event
 * loop stood still meanwhile (what every other request on this instance waited, at most).
 * Run alone with `npx tsx scripts/bench/import.ts`, or through `npm run bench`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { ensureLearnerRow } from "../../lib/learner/store";
import { checkedProgressExport, importProgress, IMPORT_LIMITS, ProgressImportError } from "../../lib/progress/transfer";
import { buildProgressFile } from "../../tests/integration/progress-file";
import { createTestDatabase } from "../../tests/integration/test-db";

const ms = (t: number) => `${t.toFixed(0)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(42)}${value}`);

/** Runs `work` and returns its wall time and the longest the event loop stood still meanwhile. */
async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; wall: number; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const probe = setInterval(() => {
    const tick = performance.now();
    stall = Math.max(stall, tick - last);
    last = tick;
  }, 1);
  const start = performance.now();
  const value = await work();
  const wall = performance.now() - start;
  clearInterval(probe);
  return { value, wall, stall: Math.max(stall, performance.now() - last) };
}

async function rejectionTime(text: string): Promise<{ wall: number; problems: number }> {
  const start = performance.now();
  try {
    await checkedProgressExport(JSON.parse(text), new Date());
  } catch (error) {
    if (!(error instanceof ProgressImportError)) throw error;
    return { wall: performance.now() - start, problems: error.problems.length };
  }
  throw new Error("the attack file was accepted");
}

export async function runImportBench(): Promise<void> {
  console.log("\nProgress import benchmark (lib/progress/transfer)");
  const now = new Date();
  const file = buildProgressFile({ reviews: IMPORT_LIMITS.reviews, attempts: IMPORT_LIMITS.attempts, days: 1_500, now });
  const text = JSON.stringify(file);
  const tdb = await createTestDatabase();
  try {
    await ensureLearnerRow(tdb.client, "bench");
    const parse = await timed(() => JSON.parse(text) as unknown);
    const check = await timed(() => checkedProgressExport(parse.value, now));
    const first = await timed(() => importProgress(tdb.client, "bench", parse.value, now));
    const again = await timed(() => importProgress(tdb.client, "bench", JSON.parse(text), now));
    console.log(`\n(a) largest valid file: ${file.reviews.length} reviews, ${file.attempts.length} attempts, ${file.rewards.length} rewards, ${file.studyDays.length} days`);
    line("size", `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`);
    line("JSON.parse (the route's)", ms(parse.wall));
    line("schema + checks", `${ms(check.wall)}, longest event-loop stall ${ms(check.stall)}`);
    line("import (checks + transaction)", `${ms(first.wall)}, longest event-loop stall ${ms(first.stall)}`);
    line("transaction alone (about)", ms(first.wall - check.wall));
    line("second import (nothing new)", `${ms(again.wall)}, longest stall ${ms(again.stall)}`);
    line("rows imported", JSON.stringify(first.value));

    const day = file.studyDays.at(-1)!.day;
    const forged = (i: number) => ({ sourceKey: `review:forged${i}`, kind: "review", exp: 2_147_483_647, points: 0, day, createdAt: `${day}T01:00:00.000Z` });
    console.log("\n(b) attack files");
    const flood = await rejectionTime(JSON.stringify({ ...file, rewards: Array.from({ length: 10_000 }, (_, i) => forged(i)) }));
    line("10,000 rewards of 2,147,483,647 EXP", `refused in ${ms(flood.wall)} (parse included), ${flood.problems} problem named`);
    const bounded = await rejectionTime(
      JSON.stringify({ ...file, rewards: [...file.rewards.slice(0, IMPORT_LIMITS.rewards - 1), forged(0)], studyDays: [...file.studyDays.slice(0, -1), { day, exp: 1_000_000_010, frozen: false }] }),
    );
    line("one forged reward, a 1,000,000,010 day", `refused in ${ms(bounded.wall)}, ${bounded.problems} problems named`);
    const huge = await rejectionTime(JSON.stringify({ ...file, reviews: Array.from({ length: 200_000 }, () => ({ id: "x" })) }));
    line("200,000 reviews", `refused in ${ms(huge.wall)}`);
  } finally {
    await tdb.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runImportBench();
}
