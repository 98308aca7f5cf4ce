/**
 * Simulator benchmark (issue 3): wall time, simulated invocations per second and peak memory for
 * (a) 1,000,000 sync invocations at 2,000 rps across 3 functions, (b) a 10,000-event async burst
 * against reserved concurrency 10 with a 6-hour event age, (c) one hour of provisioned concurrency
 * with target tracking. Targets: (a) and (b) under 1 s, memory flat in the number of invocations.
 *
 * Each case runs once untimed (warm-up), TIMED_RUNS times timed (the median is reported, so a busy
 * machine skews it less), and once with a probe that samples memory every 20,000 events (the probe
 * costs time, so it is kept out of the timed runs).
 * Run alone with `npx tsx scripts/bench/sim.ts`, or through `npm run bench`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { simulateWithProbe } from "../../lib/sim/simulate";
import type { ScenarioInput, SimResult } from "../../lib/sim/types";

interface BenchCase {
  id: string;
  title: string;
  target?: string;
  scenario: ScenarioInput;
}

/** (a) with `seconds` of traffic at 2,000 rps in total: 500 s gives exactly 1,000,000 requests. */
function syncCase(seconds: number): ScenarioInput {
  const pattern = (rps: number) => ({ kind: "constant" as const, rps, startSecond: 0, endSecond: seconds });
  return {
    seed: 1,
    durationSeconds: seconds,
    account: { concurrencyLimit: 3000 },
    functions: [
      { name: "api", durationMs: 100, initDurationMs: 300 },
      { name: "orders", durationMs: { distribution: "lognormal", medianMs: 200, p95Ms: 600 }, reservedConcurrentExecutions: 400, errorRate: 0.01 },
      { name: "images", durationMs: { distribution: "uniform", minMs: 50, maxMs: 150 }, initDurationMs: 800 },
    ],
    traffic: [
      { function: "api", invocationType: "RequestResponse", source: "alb", pattern: pattern(1000) },
      { function: "orders", invocationType: "RequestResponse", source: "api-gateway", pattern: pattern(600) },
      { function: "images", invocationType: "RequestResponse", source: "sdk", pattern: pattern(400) },
    ],
  };
}

const CASES: BenchCase[] = [
  { id: "a", title: "1,000,000 sync invocations, 2,000 rps, 3 functions", target: "< 1 s", scenario: syncCase(500) },
  { id: "a/4", title: "(a) at a quarter of the size, for memory flatness", scenario: syncCase(125) },
  { id: "a/10", title: "(a) at 100,000 invocations, for memory flatness", scenario: syncCase(50) },
  { id: "a/100", title: "(a) at 10,000 invocations (the size graders and lesson widgets run)", target: ">= 1 M invocations/s", scenario: syncCase(5) },
  {
    id: "b",
    title: "10,000-event async burst vs R = 10, 6 h event age",
    target: "< 1 s",
    scenario: {
      seed: 2,
      durationSeconds: 60,
      account: { concurrencyLimit: 1000 },
      functions: [
        {
          name: "worker",
          durationMs: 500,
          reservedConcurrentExecutions: 10,
          asyncInvokeConfig: { maximumEventAgeInSeconds: 21_600, onFailure: "dlq" },
        },
      ],
      traffic: [{ function: "worker", invocationType: "Event", source: "s3", pattern: { kind: "burst", count: 10_000, atSecond: 0 } }],
    },
  },
  {
    id: "b100",
    title: "100,000-event async burst vs R = 10, 6 h event age (issue 8 defect 3)",
    scenario: {
      seed: 2,
      durationSeconds: 60,
      account: { concurrencyLimit: 1000 },
      functions: [
        { name: "worker", durationMs: 500, reservedConcurrentExecutions: 10, asyncInvokeConfig: { maximumEventAgeInSeconds: 21_600, onFailure: "dlq" } },
      ],
      traffic: [{ function: "worker", invocationType: "Event", source: "s3", pattern: { kind: "burst", count: 100_000, atSecond: 0 } }],
    },
  },
  {
    id: "c",
    title: "1 hour, provisioned concurrency with target tracking",
    scenario: {
      seed: 3,
      durationSeconds: 3600,
      account: { concurrencyLimit: 1000 },
      functions: [
        {
          name: "checkout",
          durationMs: { distribution: "lognormal", medianMs: 120, p95Ms: 400 },
          initDurationMs: 1200,
          versions: ["1"],
          aliases: [{ name: "live", functionVersion: "1" }],
          provisionedConcurrency: [
            { qualifier: "live", provisionedConcurrentExecutions: 10, targetTracking: { targetUtilization: 0.7, min: 5, max: 300 } },
          ],
        },
      ],
      traffic: [
        {
          function: "checkout",
          qualifier: "live",
          invocationType: "RequestResponse",
          source: "api-gateway",
          pattern: {
            kind: "steps",
            steps: [
              { atSecond: 0, rps: 50 },
              { atSecond: 600, rps: 300 },
              { atSecond: 1500, rps: 800 },
              { atSecond: 2400, rps: 200 },
            ],
          },
        },
      ],
    },
  },
];

const SAMPLE_EVERY = 20_000;
const TIMED_RUNS = 3;

interface Measurement {
  wallMs: number;
  cpuMs: number;
  result: SimResult;
  peakRssMb: number;
  peakHeapMb: number;
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function measure(scenario: ScenarioInput): Measurement {
  const result = simulateWithProbe(scenario);
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    simulateWithProbe(scenario);
    const cpuUsed = process.cpuUsage(cpuStart);
    wall.push(performance.now() - start);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
  }
  const wallMs = median(wall);
  const cpuMs = median(cpu);
  let peakRss = 0;
  let peakHeap = 0;
  let events = 0;
  simulateWithProbe(scenario, () => {
    events += 1;
    if (events % SAMPLE_EVERY !== 0) return;
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  });
  return { wallMs, cpuMs, result, peakRssMb: megabytes(peakRss), peakHeapMb: megabytes(peakHeap) };
}

function totals(result: SimResult): { invocations: number; attempts: number } {
  let invocations = 0;
  let attempts = 0;
  for (const metrics of Object.values(result.functions)) {
    invocations += metrics.Invocations;
    attempts += metrics.Invocations + metrics.Throttles;
  }
  return { invocations, attempts };
}

/** In-process time to grade one scenario question (simulate its instantiated scenario, cache cleared). */
async function gradeTimes(): Promise<void> {
  const { getQuestions, isScenarioQuestion, drawParameters } = await import("../../lib/quiz");
  const { attemptScenario } = await import("../../lib/quiz/grade");
  const { clearRunCache, runScenario } = await import("../../lib/quiz/run");
  const questions = getQuestions().filter(isScenarioQuestion);
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const question of questions) {
      const attempt = { seed: 7 + round, params: drawParameters(question, 7 + round) };
      const json = attemptScenario(question, attempt);
      clearRunCache();
      const start = performance.now();
      runScenario(json);
      times.push(performance.now() - start);
    }
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`\n(grader) ${questions.length} scenario questions x 3 draws, one uncached simulation each`);
  console.log(`  per grade                  median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
}

export async function runSimBench(): Promise<void> {
  console.log("Simulator benchmark (lib/sim)");
  const { loadavg, cpus } = await import("node:os");
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cpus, load ${loadavg()[0]!.toFixed(1)}`);
  for (const benchCase of CASES) {
    const { wallMs, cpuMs, result, peakRssMb, peakHeapMb } = measure(benchCase.scenario);
    const { invocations, attempts } = totals(result);
    const perSecond = (n: number) => Math.round(n / (wallMs / 1000)).toLocaleString("en-US");
    const simulatedSeconds = result.timeline.seconds.length * result.timeline.resolutionSeconds;
    const verdict = benchCase.target && benchCase.target.startsWith("<") ? ` (target ${benchCase.target}: ${wallMs < 1000 ? "met" : "MISSED"})` : benchCase.target ? ` (target ${benchCase.target})` : "";
    const line = (label: string, value: string) => console.log(`  ${label.padEnd(27)}${value}`);
    console.log(`\n(${benchCase.id}) ${benchCase.title}`);
    line(`wall time (median of ${TIMED_RUNS})`, `${wallMs.toFixed(0)} ms${verdict}`);
    // CPU time is what the run itself cost; wall time also counts waiting on a busy machine.
    line("cpu time (median)", `${cpuMs.toFixed(0)} ms`);
    line("invocations", `${invocations.toLocaleString("en-US")} runs, ${attempts.toLocaleString("en-US")} attempts incl. throttled`);
    line("simulated per wall second", `${perSecond(invocations)} invocations, ${perSecond(attempts)} attempts`);
    line("simulated time", `${simulatedSeconds.toLocaleString("en-US")} s`);
    line("peak memory (sampled)", `rss ${peakRssMb} MB, heapUsed ${peakHeapMb} MB`);
  }
  await gradeTimes();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runSimBench();
}
