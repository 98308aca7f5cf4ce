import { formatFact } from "@/lib/content/facts";
import { Arrow, Box, FigureFrame, Label, fill, tones, useFigureIds, type FigureLabels, type FigureProps } from "./parts";

export const labels = {
  title: {
    en: "One function uses the whole account pool and the others are throttled",
    ko: "한 함수가 계정 풀을 다 써서 다른 함수들이 스로틀링되는 상황",
  },
  desc: {
    en: "An Application Load Balancer invokes function A, API Gateway invokes function B, and an application using the SDK or CLI invokes function C. None has reserved concurrency, so all three share the account pool of {quota}. During a promotion function A scales to {quota} concurrent executions and uses the whole pool; the calls to functions B and C are throttled with HTTP {status} even though their own traffic is small. The fix is reserved concurrency: a ceiling for A and a guarantee for B and C.",
    ko: "ALB(Application Load Balancer)가 함수 A를, API Gateway가 함수 B를, SDK나 CLI를 쓰는 애플리케이션이 함수 C를 호출합니다. 어느 함수에도 예약된 동시성이 없어서 셋이 {quota}짜리 계정 풀을 함께 씁니다. 프로모션 중 함수 A가 동시 실행 {quota}개까지 확장해 풀을 모두 쓰면, 함수 B와 C의 호출은 자기 트래픽이 적은데도 HTTP {status}로 스로틀링됩니다. 해결책은 예약된 동시성입니다. A에는 상한을, B와 C에는 보장을 줍니다.",
  },
  heading: { en: "A promotion floods the ALB", ko: "프로모션 트래픽이 ALB로 몰림" },
  functionA: { en: "Function A", ko: "함수 A" },
  functionB: { en: "Function B", ko: "함수 B" },
  functionC: { en: "Function C", ko: "함수 C" },
  inUse: { en: "{quota} in use", ko: "{quota}개 사용 중" },
  throttled: { en: "{status} throttled", ko: "{status} 스로틀링" },
  pool: { en: "Account pool: {quota}, shared", ko: "계정 풀: {quota}, 함께 사용" },
  poolUsed: { en: "all used by function A", ko: "함수 A가 모두 사용" },
  nothingLeft: { en: "nothing left for B and C", ko: "B와 C에 남은 몫 없음" },
  fix: { en: "Fix: reserved concurrency", ko: "해결: 예약된 동시성" },
  fixHow: { en: "a ceiling for A, a guarantee for B and C", ko: "A에는 상한, B와 C에는 보장" },
} as const satisfies FigureLabels;

const callers = ["ALB", "API Gateway", "SDK / CLI"] as const;
const functionKeys = ["functionA", "functionB", "functionC"] as const;

export function StarvationFigure({ lang }: FigureProps) {
  const ids = useFigureIds();
  const values = { quota: formatFact("accountConcurrencyDefault", lang), status: formatFact("syncThrottleStatus", lang) };
  const t = (key: keyof typeof labels) => fill(labels[key][lang], values);

  return (
    <FigureFrame ids={ids} height={372} title={t("title")} desc={t("desc")} lang={lang}>
      <Label x={180} y={20} text={t("heading")} size={15} weight="bold" anchor="middle" />

      {callers.map((caller, i) => {
        const y = 38 + i * 66;
        const mid = y + 22;
        const starved = i > 0;
        return (
          <g key={caller}>
            <Box x={4} y={y} width={100} height={44} />
            <Label x={54} y={mid + 5} text={caller} anchor="middle" weight="bold" />
            <Arrow ids={ids} points={[[104, mid], [128, mid]]} tone={i === 0 ? "accent" : "muted"} strokeWidth={i === 0 ? 3 : 1.75} />
            <Box x={130} y={y} width={100} height={44} tone={i === 0 ? "accent" : "border"} tint={i === 0 ? "accent" : undefined} />
            <Label x={180} y={mid + 5} text={t(functionKeys[i]!)} anchor="middle" />
            <Arrow ids={ids} points={[[230, mid], [250, mid]]} tone={starved ? "danger" : "accent"} />
            <Box x={252} y={y} width={104} height={44} tone={starved ? "danger" : "accent"} tint={starved ? "danger" : "accent"} />
            <Label
              x={304}
              y={mid + 5}
              text={t(starved ? "throttled" : "inUse")}
              size={13}
              weight="bold"
              anchor="middle"
              tone={starved ? "danger" : "fg"}
            />
          </g>
        );
      })}

      {/* the shared account pool, entirely taken by function A */}
      <Label x={4} y={256} text={t("pool")} weight="bold" />
      <rect x={4} y={266} width={352} height={34} rx={6} style={{ fill: tones.accent, fillOpacity: 0.28, stroke: tones.accent, strokeWidth: 2 }} />
      <Label x={180} y={288} text={t("poolUsed")} anchor="middle" weight="bold" />
      <Label x={180} y={320} text={t("nothingLeft")} size={13} anchor="middle" tone="danger" />

      <Label x={180} y={346} text={t("fix")} anchor="middle" weight="bold" tone="success" />
      <Label x={180} y={364} text={t("fixHow")} size={13} anchor="middle" />
    </FigureFrame>
  );
}
