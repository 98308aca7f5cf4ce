/**
 * Grading endpoint benchmark (issue 5): 50 concurrent guest learners, each with its own cookie,
 * answering scenario questions for 10 s. Each learner loops: start an attempt (POST
 * /api/quiz/attempts), read it, then submit an answer (POST /api/quiz/grade); only the grading
 * request is timed. Scenario grading simulates on the server with the attempt's fresh seed, so every
 * grade is a real simulation (a new seed misses the simulator's run cache). Target: p99 < 100 ms.
 *
 * Two runs: "learners" gives each learner 2-6 s to read a question before answering (a person needs
 * far longer for a scenario question, so this is still a heavy class), and "saturation" drops the
 * reading time to find the most answers per second one server process grades.
 *
 * Run through `npm run bench`, or alone against a running server:
 * `npx tsx scripts/bench/grading.ts http://127.0.0.1:3000`.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { getQuestions } from "../../lib/quiz";

const LEARNERS = 50;
const DURATION_MS = 10_000;
const WARM_UP_MS = 2_000;
/** Reading time before answering, per question: uniform in [min, max) ms. */
const READING_MS = { min: 2_000, max: 6_000 };

interface StartedQuestion {
  attemptId: string;
  question: { type: string; options?: { id: string }[] };
}

const scenarioQuestionIds = [...getQuestions({ type: "scenario-numeric" }), ...getQuestions({ type: "scenario-choice" })].map((q) => q.id);

/** A plausible answer: right or wrong does not matter to the grader's cost. */
function answerFor({ question }: StartedQuestion): unknown {
  if (question.type === "scenario-numeric") return { type: "scenario-numeric", value: Math.round(Math.random() * 100) };
  const options = question.options ?? [];
  return { type: "scenario-choice", optionIds: options.filter(() => Math.random() < 0.5).map((o) => o.id) };
}

/** A new guest learner: the first page visit sets the signed learner cookie. */
async function learnerCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/en`, { redirect: "manual" });
  await response.arrayBuffer();
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!cookie) throw new Error("the server set no learner cookie on the first visit (is SESSION_SECRET set?)");
  return cookie;
}

async function postJson(url: string, cookie: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
  const data: unknown = await response.json();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(data)}`);
  return data;
}

interface Run {
  latencies: number[];
  errors: number;
  elapsedMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function drive(baseUrl: string, cookies: readonly string[], durationMs: number, reading: { min: number; max: number } | null): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    cookies.map(async (cookie, learner) => {
      for (let i = learner; performance.now() < deadline; i += 1) {
        try {
          const questionId = scenarioQuestionIds[i % scenarioQuestionIds.length]!;
          const { attempts } = (await postJson(`${baseUrl}/api/quiz/attempts`, cookie, { questionIds: [questionId], mode: "practice", locale: "en" })) as {
            attempts: StartedQuestion[];
          };
          const attempt = attempts[0]!;
          if (reading) await sleep(reading.min + Math.random() * (reading.max - reading.min));
          if (performance.now() >= deadline) break;
          const t0 = performance.now();
          await postJson(`${baseUrl}/api/quiz/grade`, cookie, { attemptId: attempt.attemptId, answer: answerFor(attempt), idempotencyKey: randomUUID(), locale: "en" });
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          if (errors === 1) console.error(error);
        }
      }
    }),
  );
  return { latencies, errors, elapsedMs: performance.now() - started };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function report(label: string, run: Run): void {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const throughput = run.latencies.length / (run.elapsedMs / 1000);
  console.log(
    `${label}: ${run.latencies.length} answers graded in ${(run.elapsedMs / 1000).toFixed(1)} s, ` +
      `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
      `${throughput.toFixed(1)} grades/s, ${run.errors} errors`,
  );
  if (run.errors > 0) process.exitCode = 1;
}

export async function runGradingBench(baseUrl: string): Promise<void> {
  console.log("\n## Grading endpoint (POST /api/quiz/grade, scenario questions)");
  const cookies = await Promise.all(Array.from({ length: LEARNERS }, () => learnerCookie(baseUrl)));
  await drive(baseUrl, cookies.slice(0, 10), WARM_UP_MS, null);
  report(`${LEARNERS} learners reading ${READING_MS.min / 1000}-${READING_MS.max / 1000} s per question (target p99 < 100 ms)`, await drive(baseUrl, cookies, DURATION_MS, READING_MS));
  report(`saturation, ${LEARNERS} learners answering without reading`, await drive(baseUrl, cookies, DURATION_MS, null));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const baseUrl = process.argv[2];
  if (!baseUrl) {
    console.error("usage: npx tsx scripts/bench/grading.ts <base URL of a running server>");
    process.exit(2);
  }
  await runGradingBench(baseUrl);
}
