import type { Bilingual } from "@/lib/content/bilingual";

/**
 * Units a numeric answer can be given in. `percent` answers are entered as 0-100.
 * The labels are short suffixes shown beside the answer field and in the feedback.
 */
export const units = [
  "count",
  "invocations",
  "throttles",
  "events",
  "environments",
  "concurrent-executions",
  "requests-per-second",
  "percent",
  "seconds",
  "minutes",
  "hours",
  "milliseconds",
  "kilobytes",
] as const;
export type Unit = (typeof units)[number];

export const unitLabels: Record<Unit, Bilingual> = {
  count: { en: "", ko: "개" },
  invocations: { en: "invocations", ko: "회 호출" },
  throttles: { en: "throttles", ko: "회 스로틀" },
  events: { en: "events", ko: "개 이벤트" },
  environments: { en: "environments", ko: "개 실행 환경" },
  "concurrent-executions": { en: "concurrent executions", ko: "개 동시 실행" },
  "requests-per-second": { en: "requests/s", ko: "요청/초" },
  percent: { en: "%", ko: "%" },
  seconds: { en: "s", ko: "초" },
  minutes: { en: "min", ko: "분" },
  hours: { en: "h", ko: "시간" },
  milliseconds: { en: "ms", ko: "ms" },
  kilobytes: { en: "KB", ko: "KB" },
};
