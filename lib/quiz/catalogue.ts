import type { Bilingual } from "@/lib/content/bilingual";
import type { Unit } from "./units";

/**
 * The figures a scenario question can ask about, and what each needs to be computed.
 * The computations themselves live in measures.ts (pure functions over a SimResult); this file has
 * no dependency on the simulator so that the content schema can check measure references early.
 *
 * Texts use {function}, {version}, {reason} and {value} placeholders, filled when rendering evidence
 * such as "with this option, orders is throttled 1,240 times".
 */
export interface MeasureSpec {
  /** Arguments the measure needs, besides its name. */
  args: readonly ("function" | "version" | "reason")[];
  unit: Unit;
  /** What is measured, for the prompt side ("throttles of {function}"). */
  label: Bilingual;
  /** A sentence stating a measured value, for evidence. */
  sentence: Bilingual;
}

const fn = ["function"] as const;

export const measureCatalogue = {
  throttles: {
    args: fn,
    unit: "throttles",
    label: { en: "throttles of {function}", ko: "{function}의 스로틀 수" },
    sentence: { en: "{function} is throttled {value} times", ko: "{function}이(가) {value}회 스로틀링됩니다" },
  },
  "sync-throttled": {
    args: fn,
    unit: "count",
    label: { en: "synchronous requests to {function} rejected with 429", ko: "429로 거부된 {function}의 동기 요청 수" },
    sentence: {
      en: "{value} synchronous requests to {function} are rejected with 429",
      ko: "{function}에 대한 동기 요청 {value}개가 429로 거부됩니다",
    },
  },
  "throttled-share": {
    args: fn,
    unit: "percent",
    label: { en: "share of synchronous requests to {function} throttled", ko: "스로틀링된 {function} 동기 요청의 비율" },
    sentence: {
      en: "{value}% of the synchronous requests to {function} are throttled",
      ko: "{function}에 대한 동기 요청의 {value}%가 스로틀링됩니다",
    },
  },
  "throttles-by-reason": {
    args: ["function", "reason"],
    unit: "throttles",
    label: { en: "throttles of {function} with reason {reason}", ko: "Reason이 {reason}인 {function}의 스로틀 수" },
    sentence: {
      en: "{function} is throttled {value} times with reason {reason}",
      ko: "{function}이(가) Reason {reason}(으)로 {value}회 스로틀링됩니다",
    },
  },
  invocations: {
    args: fn,
    unit: "invocations",
    label: { en: "Invocations of {function}", ko: "{function}의 Invocations" },
    sentence: { en: "{function} records {value} Invocations", ko: "{function}의 Invocations는 {value}입니다" },
  },
  "version-invocations": {
    args: ["function", "version"],
    unit: "invocations",
    label: { en: "Invocations of {function} version {version}", ko: "{function} 버전 {version}의 Invocations" },
    sentence: {
      en: "version {version} of {function} runs {value} times",
      ko: "{function}의 버전 {version}이(가) {value}회 실행됩니다",
    },
  },
  errors: {
    args: fn,
    unit: "count",
    label: { en: "Errors of {function}", ko: "{function}의 Errors" },
    sentence: { en: "{function} records {value} Errors", ko: "{function}의 Errors는 {value}입니다" },
  },
  "dlq-deliveries": {
    args: fn,
    unit: "events",
    label: { en: "events {function} sends to its dead-letter queue", ko: "{function}이(가) DLQ로 보내는 이벤트 수" },
    sentence: {
      en: "{value} events of {function} end in the dead-letter queue",
      ko: "{function}의 이벤트 {value}개가 DLQ로 전달됩니다",
    },
  },
  "destination-deliveries": {
    args: fn,
    unit: "events",
    label: { en: "events {function} sends to its on-failure destination", ko: "{function}이(가) 실패 시 대상으로 보내는 이벤트 수" },
    sentence: {
      en: "{value} events of {function} go to the on-failure destination",
      ko: "{function}의 이벤트 {value}개가 실패 시 대상(on-failure destination)으로 전달됩니다",
    },
  },
  "async-dropped": {
    args: fn,
    unit: "events",
    label: { en: "AsyncEventsDropped of {function}", ko: "{function}의 AsyncEventsDropped" },
    sentence: {
      en: "{value} asynchronous events of {function} never run successfully",
      ko: "{function}의 비동기 이벤트 {value}개가 끝내 성공적으로 실행되지 못합니다",
    },
  },
  "async-events-received": {
    args: fn,
    unit: "events",
    label: { en: "AsyncEventsReceived of {function}", ko: "{function}의 AsyncEventsReceived" },
    sentence: {
      en: "{function} receives {value} asynchronous events",
      ko: "{function}이(가) 비동기 이벤트 {value}개를 받습니다",
    },
  },
  "async-event-age-max": {
    args: fn,
    unit: "seconds",
    label: { en: "maximum AsyncEventAge of {function}", ko: "{function}의 최대 AsyncEventAge" },
    sentence: {
      en: "the oldest event of {function} waits {value} s in the queue",
      ko: "{function}의 가장 오래된 이벤트가 큐에서 {value}초 기다립니다",
    },
  },
  "queue-drain-seconds": {
    args: fn,
    unit: "seconds",
    label: { en: "second at which the async queue of {function} is empty for good", ko: "{function}의 비동기 큐가 완전히 비는 시점(초)" },
    sentence: {
      en: "the async queue of {function} is empty for good at second {value}",
      ko: "{function}의 비동기 큐는 {value}초에 완전히 비워집니다",
    },
  },
  "cold-starts": {
    args: fn,
    unit: "count",
    label: { en: "cold starts of {function}", ko: "{function}의 콜드 스타트 수" },
    sentence: { en: "{function} has {value} cold starts", ko: "{function}에서 콜드 스타트가 {value}회 발생합니다" },
  },
  "max-concurrency": {
    args: fn,
    unit: "concurrent-executions",
    label: { en: "maximum ConcurrentExecutions of {function}", ko: "{function}의 최대 ConcurrentExecutions" },
    sentence: {
      en: "{function} peaks at {value} concurrent executions",
      ko: "{function}의 동시 실행이 최대 {value}개에 이릅니다",
    },
  },
  "spillover-invocations": {
    args: fn,
    unit: "invocations",
    label: {
      en: "ProvisionedConcurrencySpilloverInvocations of {function}",
      ko: "{function}의 ProvisionedConcurrencySpilloverInvocations",
    },
    sentence: {
      en: "{value} invocations of {function} spill over to on-demand environments",
      ko: "{function}의 호출 {value}회가 온디맨드 환경으로 넘칩니다(spillover)",
    },
  },
  "provisioned-invocations": {
    args: fn,
    unit: "invocations",
    label: { en: "ProvisionedConcurrencyInvocations of {function}", ko: "{function}의 ProvisionedConcurrencyInvocations" },
    sentence: {
      en: "{value} invocations of {function} run on provisioned environments",
      ko: "{function}의 호출 {value}회가 프로비저닝된 환경에서 실행됩니다",
    },
  },
  "latency-p50": {
    args: fn,
    unit: "milliseconds",
    label: { en: "median synchronous latency of {function}", ko: "{function}의 동기 지연 시간 중앙값" },
    sentence: { en: "the median latency of {function} is {value} ms", ko: "{function}의 지연 시간 중앙값은 {value}ms입니다" },
  },
  "latency-p95": {
    args: fn,
    unit: "milliseconds",
    label: { en: "p95 synchronous latency of {function}", ko: "{function}의 p95 동기 지연 시간" },
    sentence: { en: "the p95 latency of {function} is {value} ms", ko: "{function}의 p95 지연 시간은 {value}ms입니다" },
  },
  "latency-p99": {
    args: fn,
    unit: "milliseconds",
    label: { en: "p99 synchronous latency of {function}", ko: "{function}의 p99 동기 지연 시간" },
    sentence: { en: "the p99 latency of {function} is {value} ms", ko: "{function}의 p99 지연 시간은 {value}ms입니다" },
  },
  "account-max-concurrency": {
    args: [],
    unit: "concurrent-executions",
    label: { en: "maximum ConcurrentExecutions of the account", ko: "계정의 최대 ConcurrentExecutions" },
    sentence: {
      en: "the account peaks at {value} concurrent executions",
      ko: "계정의 동시 실행이 최대 {value}개에 이릅니다",
    },
  },
  "account-throttles": {
    args: [],
    unit: "throttles",
    label: { en: "throttles across the account", ko: "계정 전체의 스로틀 수" },
    sentence: { en: "the account records {value} throttles", ko: "계정 전체에서 스로틀이 {value}회 발생합니다" },
  },
} as const satisfies Record<string, MeasureSpec>;

export type MeasureName = keyof typeof measureCatalogue;
export const measureNames = Object.keys(measureCatalogue) as [MeasureName, ...MeasureName[]];

/** A reference to a measure in content: its name plus the arguments it needs. */
export interface MeasureRef {
  name: MeasureName;
  function?: string;
  version?: string;
  reason?: string;
}

export const compareOps = ["eq", "lt", "lte", "gt", "gte"] as const;
export type CompareOp = (typeof compareOps)[number];

export const compareSymbols: Record<CompareOp, string> = { eq: "=", lt: "<", lte: "≤", gt: ">", gte: "≥" };

export function compare(value: number, op: CompareOp, target: number): boolean {
  switch (op) {
    case "eq":
      return value === target;
    case "lt":
      return value < target;
    case "lte":
      return value <= target;
    case "gt":
      return value > target;
    case "gte":
      return value >= target;
  }
}
