import { formatFact } from "@/lib/content/facts";
import { Box, Env, FigureFrame, Label, fill, useFigureIds, type FigureLabels, type FigureProps } from "./parts";

export const labels = {
  title: {
    en: "Reserved and provisioned concurrency in the account pool",
    ko: "계정 풀 안의 예약된 동시성과 프로비저닝된 동시성",
  },
  desc: {
    en: "The account concurrency pool of {quota} per Region is split into reserved shares for functions A and B and an unreserved pool of at least {min}, shared by every function without reserved concurrency. Inside function A's reserved share, provisioned concurrency is a set of execution environments initialised in advance, so they serve requests without a cold start; the rest of the share is on-demand environments that may cold-start. Function B has reserved concurrency but no provisioned concurrency. Provisioned concurrency is at most the reserved concurrency and both count against the account quota; calls to $LATEST never use provisioned concurrency.",
    ko: "리전당 {quota}인 계정 동시성 풀이 함수 A와 B의 예약된 몫과, 예약된 동시성이 없는 모든 함수가 함께 쓰는 최소 {min}의 예약되지 않은 풀로 나뉩니다. 함수 A의 예약된 몫 안에서 프로비저닝된 동시성은 미리 초기화된 실행 환경들이라 콜드 스타트 없이 요청을 처리하고, 나머지는 콜드 스타트가 생길 수 있는 온디맨드 환경입니다. 함수 B는 예약된 동시성만 있고 프로비저닝된 동시성은 없습니다. 프로비저닝된 동시성은 예약된 동시성 이하이며 둘 다 계정 한도에 포함되고, $LATEST 호출은 프로비저닝된 동시성을 쓰지 않습니다.",
  },
  heading: { en: "Account concurrency pool", ko: "계정 동시성 풀" },
  quota: { en: "{quota} per Region, shared", ko: "리전당 {quota}, 모든 함수가 공유" },
  functionA: { en: "Function A: reserved (R)", ko: "함수 A: 예약된 동시성 (R)" },
  reservedMeaning: { en: "a ceiling and a guarantee", ko: "상한이자 보장" },
  provisioned: { en: "Provisioned (PC)", ko: "프로비저닝된 동시성 (PC)" },
  warm: { en: "initialised, no cold start", ko: "미리 초기화, 콜드 스타트 없음" },
  onDemand: { en: "on-demand, may cold-start", ko: "온디맨드, 콜드 스타트 가능" },
  functionB: { en: "Function B: reserved (R), no PC", ko: "함수 B: 예약된 동시성 (R)만" },
  onDemandOnly: { en: "on-demand only", ko: "온디맨드만 사용" },
  unreserved: { en: "Unreserved pool ≥ {min}", ko: "예약되지 않은 풀 ≥ {min}" },
  unreservedUse: { en: "shared by functions without R", ko: "R이 없는 함수들이 함께 사용" },
  noteBudget: { en: "PC ≤ R; both count against the quota", ko: "PC ≤ R, 둘 다 계정 한도에 포함" },
  noteLatest: { en: "Calls to $LATEST never use PC", ko: "$LATEST 호출은 PC를 쓰지 않음" },
} as const satisfies FigureLabels;

export function ReservedVsProvisionedFigure({ lang }: FigureProps) {
  const ids = useFigureIds();
  const values = { quota: formatFact("accountConcurrencyDefault", lang), min: formatFact("unreservedMinimum", lang) };
  const t = (key: keyof typeof labels) => fill(labels[key][lang], values);

  return (
    <FigureFrame ids={ids} height={414} title={t("title")} desc={t("desc")} lang={lang}>
      <Label x={180} y={20} text={t("heading")} size={15} weight="bold" anchor="middle" />
      <Label x={180} y={40} text={t("quota")} size={13} tone="muted" anchor="middle" />

      {/* the whole account pool */}
      <Box x={4} y={52} width={352} height={306} rx={12} strokeWidth={2} />

      {/* function A: reserved share with provisioned environments inside */}
      <Box x={16} y={64} width={328} height={150} tone="accent" tint="accent" strokeWidth={2} />
      <Label x={28} y={86} text={t("functionA")} weight="bold" />
      <Label x={28} y={104} text={t("reservedMeaning")} size={13} tone="muted" />
      <Box x={28} y={114} width={304} height={56} tone="success" tint="success" rx={6} />
      <Label x={40} y={134} text={t("provisioned")} weight="bold" />
      {[0, 1, 2, 3].map((i) => (
        <Env key={i} x={40 + i * 22} y={144} warm />
      ))}
      <Label x={134} y={157} text={t("warm")} size={13} />
      {[0, 1, 2, 3].map((i) => (
        <Env key={i} x={40 + i * 22} y={182} warm={false} />
      ))}
      <Label x={134} y={195} text={t("onDemand")} size={13} />

      {/* function B: reserved share, no provisioned concurrency */}
      <Box x={16} y={224} width={328} height={60} tone="accent" tint="accent" strokeWidth={2} />
      <Label x={28} y={246} text={t("functionB")} weight="bold" />
      {[0, 1, 2, 3].map((i) => (
        <Env key={i} x={40 + i * 22} y={256} warm={false} />
      ))}
      <Label x={134} y={269} text={t("onDemandOnly")} size={13} />

      {/* unreserved pool */}
      <Box x={16} y={294} width={328} height={52} tone="muted" dashed />
      <Label x={28} y={315} text={t("unreserved")} weight="bold" />
      <Label x={28} y={334} text={t("unreservedUse")} size={13} tone="muted" />

      <Label x={180} y={382} text={t("noteBudget")} size={13} anchor="middle" />
      <Label x={180} y={402} text={t("noteLatest")} size={13} anchor="middle" tone="muted" />
    </FigureFrame>
  );
}
