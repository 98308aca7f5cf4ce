import { formatFact, formatFactWithUnit } from "@/lib/content/facts";
import { Arrow, Box, FigureFrame, Label, fill, tones, useFigureIds, type FigureLabels, type FigureProps } from "./parts";

export const labels = {
  title: {
    en: "Asynchronous invocation: internal queue, retries, DLQ and destinations",
    ko: "비동기 호출: 내부 큐, 재시도, DLQ와 대상",
  },
  desc: {
    en: "An event source such as S3 invokes the function asynchronously. Lambda puts the event on its internal queue and answers HTTP {accepted} at once. The queue invokes the function. After a throttle or a system error ({system}) the event returns to the queue and is retried with exponential backoff from {backoffMin} up to {backoffMax} between attempts; after a function error it is retried {retries} times, about {firstDelay} and then {secondDelay} later. Retries stop at the maximum event age, {maxAge} by default. Then the event goes to a dead-letter queue (an SQS queue or SNS topic, which receives only the payload) or to an on-failure destination (SQS, SNS, Lambda, EventBridge or S3). With neither, the event is dropped.",
    ko: "S3 같은 이벤트 소스가 함수를 비동기로 호출합니다. Lambda는 이벤트를 내부 큐에 넣고 즉시 HTTP {accepted}으로 응답합니다. 큐에서 함수가 호출됩니다. 스로틀링이나 시스템 오류({system}) 뒤에는 이벤트가 큐로 돌아가 시도 간격 {backoffMin}에서 최대 {backoffMax}까지의 지수 백오프로 재시도되고, 함수 오류 뒤에는 약 {firstDelay}, 그다음 약 {secondDelay} 뒤에 {retries}번 재시도됩니다. 재시도는 최대 이벤트 나이(기본 {maxAge})에서 멈춥니다. 그러면 이벤트는 배달 못 한 편지 큐(DLQ: SQS 큐나 SNS 토픽, 페이로드만 받음)나 실패 시 대상(SQS, SNS, Lambda, EventBridge, S3)으로 갑니다. 둘 다 없으면 이벤트는 버려집니다.",
  },
  source: { en: "Event source (e.g. S3)", ko: "이벤트 소스 (예: S3)" },
  accepted: { en: "{accepted} at once", ko: "즉시 {accepted}" },
  event: { en: "event", ko: "이벤트" },
  service: { en: "Lambda service: internal queue", ko: "Lambda 서비스: 내부 큐" },
  waiting: { en: "events wait", ko: "대기 중" },
  maxAge: { en: "until the max event age ({maxAge})", ko: "최대 이벤트 나이({maxAge})까지" },
  invoke: { en: "invoke", ko: "호출" },
  fn: { en: "Function", ko: "함수" },
  retry: { en: "retry", ko: "재시도" },
  retriesHeading: { en: "Retries", ko: "재시도 규칙" },
  throttleRule: { en: "Throttle / {system}: backoff {bMin} s → {bMax} min", ko: "스로틀링 / {system}: 백오프 {bMin}초 → {bMax}분" },
  errorRule: { en: "Function error: {retries} retries, ~{firstMin} and ~{secondMin} min", ko: "함수 오류: {retries}번 재시도, 약 {firstMin}분·{secondMin}분 후" },
  exhausted: { en: "When retries or age run out:", ko: "재시도나 나이가 다 되면:" },
  dlq: { en: "DLQ", ko: "DLQ" },
  dlqTargets: { en: "SQS or SNS", ko: "SQS 또는 SNS" },
  dlqPayload: { en: "payload only", ko: "페이로드만 받음" },
  destination: { en: "On-failure destination", ko: "실패 시 대상" },
  dropped: { en: "Neither configured: the event is dropped", ko: "둘 다 없으면 이벤트는 버려짐" },
} as const satisfies FigureLabels;

export function AsyncInvocationFigure({ lang }: FigureProps) {
  const ids = useFigureIds();
  const values = {
    accepted: formatFact("asyncAcceptedStatus", lang),
    system: formatFact("systemErrorStatusClass", lang),
    backoffMin: formatFactWithUnit("asyncBackoffMinSeconds", lang),
    backoffMax: formatFactWithUnit("asyncBackoffMaxSeconds", lang, "min"),
    retries: formatFact("asyncMaxRetryDefault", lang),
    firstDelay: formatFactWithUnit("asyncFirstRetryDelaySeconds", lang, "min"),
    secondDelay: formatFactWithUnit("asyncSecondRetryDelaySeconds", lang, "min"),
    maxAge: formatFactWithUnit("maxEventAgeSeconds", lang, "h"),
    bMin: formatFact("asyncBackoffMinSeconds", lang),
    bMax: formatFact("asyncBackoffMaxSeconds", lang, "min"),
    firstMin: formatFact("asyncFirstRetryDelaySeconds", lang, "min"),
    secondMin: formatFact("asyncSecondRetryDelaySeconds", lang, "min"),
  };
  const t = (key: keyof typeof labels) => fill(labels[key][lang], values);

  return (
    <FigureFrame ids={ids} height={474} title={t("title")} desc={t("desc")} lang={lang}>
      {/* event source, with the event going down and the 202 coming back up */}
      <Box x={60} y={4} width={240} height={40} />
      <Label x={180} y={29} text={t("source")} anchor="middle" weight="bold" />
      <Arrow ids={ids} points={[[150, 44], [150, 78]]} tone="fg" />
      <Label x={142} y={66} text={t("event")} size={13} anchor="end" tone="muted" />
      <Arrow ids={ids} points={[[210, 78], [210, 44]]} tone="success" />
      <Label x={218} y={66} text={t("accepted")} size={13} tone="success" weight="bold" />

      {/* the service's internal queue */}
      <Box x={16} y={80} width={316} height={90} tone="accent" tint="accent" strokeWidth={2} />
      <Label x={28} y={101} text={t("service")} weight="bold" />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <rect
          key={i}
          x={28 + i * 30}
          y={112}
          width={24}
          height={24}
          rx={3}
          style={{ fill: tones.accent, fillOpacity: 0.45 - i * 0.05, stroke: tones.accent, strokeWidth: 1.5 }}
        />
      ))}
      <Label x={214} y={129} text={t("waiting")} size={13} />
      <Label x={28} y={158} text={t("maxAge")} size={13} tone="muted" />

      {/* invoke the function, and the retry loop back to the queue */}
      <Arrow ids={ids} points={[[150, 170], [150, 204]]} tone="fg" />
      <Label x={142} y={192} text={t("invoke")} size={13} anchor="end" tone="muted" />
      <Box x={60} y={206} width={240} height={40} />
      <Label x={180} y={231} text={t("fn")} anchor="middle" weight="bold" />
      <Arrow ids={ids} points={[[300, 226], [348, 226], [348, 150], [334, 150]]} tone="danger" dashed />
      <Label x={344} y={196} text={t("retry")} size={13} anchor="end" tone="danger" />

      {/* retry rules */}
      <Box x={4} y={258} width={352} height={74} tone="muted" dashed />
      <Label x={16} y={278} text={t("retriesHeading")} size={13} weight="bold" />
      <Label x={16} y={298} text={t("throttleRule")} size={13} />
      <Label x={16} y={320} text={t("errorRule")} size={13} />

      {/* where failed events go */}
      <Label x={180} y={354} text={t("exhausted")} anchor="middle" weight="bold" />
      <Arrow ids={ids} points={[[120, 360], [92, 372]]} tone="muted" />
      <Arrow ids={ids} points={[[240, 360], [268, 372]]} tone="muted" />
      <Box x={4} y={374} width={170} height={72} tone="danger" />
      <Label x={16} y={394} text={t("dlq")} weight="bold" size={13} />
      <Label x={16} y={414} text={t("dlqTargets")} size={13} />
      <Label x={16} y={434} text={t("dlqPayload")} size={13} tone="muted" />
      <Box x={184} y={374} width={172} height={72} tone="danger" />
      <Label x={196} y={394} text={t("destination")} weight="bold" size={13} />
      <Label x={196} y={414} text={"SQS, SNS, Lambda,\nEventBridge, S3"} size={13} lineHeight={20} />

      <Label x={180} y={466} text={t("dropped")} size={13} anchor="middle" tone="muted" />
    </FigureFrame>
  );
}
