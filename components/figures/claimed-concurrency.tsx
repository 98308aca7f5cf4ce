import { formatFact } from "@/lib/content/facts";
import { Box, FigureFrame, Label, fill, tones, useFigureIds, type FigureLabels, type FigureProps } from "./parts";

export const labels = {
  title: {
    en: "What ClaimedAccountConcurrency counts",
    ko: "ClaimedAccountConcurrency가 세는 것",
  },
  desc: {
    en: "The account concurrency quota ({quota} by default per Region) is divided into four parts: the total reserved concurrency of all functions, the total provisioned concurrency, the unreserved concurrency in use by functions without reservations, and the free remainder. The first three parts together are ClaimedAccountConcurrency: concurrency that on-demand calls cannot get, whether the reservations are busy or idle. Only the free remainder is left for new on-demand calls; when it reaches zero they are throttled.",
    ko: "계정 동시성 할당량(리전당 기본 {quota})이 네 부분으로 나뉩니다. 모든 함수의 예약된 동시성 합계, 프로비저닝된 동시성 합계, 예약이 없는 함수가 쓰고 있는 예약되지 않은 동시성, 그리고 남은 여유분입니다. 앞의 세 부분을 합친 것이 ClaimedAccountConcurrency로, 예약이 바쁘든 쉬든 온디맨드 호출이 얻을 수 없는 동시성입니다. 새 온디맨드 호출에는 여유분만 남으며, 여유분이 0이 되면 스로틀링됩니다.",
  },
  heading: { en: "Account quota: {quota} by default", ko: "계정 할당량: 기본 {quota}" },
  reserved: { en: "Reserved concurrency (all functions)", ko: "예약된 동시성 (모든 함수)" },
  reservedNote: { en: "claimed even when idle", ko: "쉬고 있어도 점유됨" },
  provisioned: { en: "Provisioned concurrency (all)", ko: "프로비저닝된 동시성 (전체)" },
  provisionedNote: { en: "claimed while allocated", ko: "할당되어 있는 동안 점유됨" },
  unreserved: { en: "Unreserved in use", ko: "사용 중인 예약되지 않은 동시성" },
  unreservedNote: { en: "UnreservedConcurrentExecutions", ko: "UnreservedConcurrentExecutions" },
  free: { en: "Free for new on-demand calls", ko: "새 온디맨드 호출에 남은 여유분" },
  freeNote: { en: "zero left: on-demand calls throttle", ko: "0이 되면 온디맨드 호출이 스로틀링됨" },
  claimed: { en: "claimed", ko: "점유" },
  formula: { en: "ClaimedAccountConcurrency = the three claimed parts", ko: "ClaimedAccountConcurrency = 점유된 세 부분의 합" },
  alarm: { en: "Alarm on its Maximum, below the quota", ko: "최대값에 할당량보다 낮은 임계값으로 경보" },
} as const satisfies FigureLabels;

const rows = [
  { y: 64, label: "reserved", note: "reservedNote", tone: "accent" },
  { y: 122, label: "provisioned", note: "provisionedNote", tone: "success" },
  { y: 180, label: "unreserved", note: "unreservedNote", tone: "muted" },
] as const;

export function ClaimedConcurrencyFigure({ lang }: FigureProps) {
  const ids = useFigureIds();
  const values = { quota: formatFact("accountConcurrencyDefault", lang) };
  const t = (key: keyof typeof labels) => fill(labels[key][lang], values);

  return (
    <FigureFrame ids={ids} height={356} title={t("title")} desc={t("desc")} lang={lang}>
      <Label x={180} y={24} text={t("heading")} size={15} weight="bold" anchor="middle" />

      {/* the whole quota */}
      <Box x={4} y={52} width={352} height={248} rx={12} strokeWidth={2} />

      {/* the three claimed parts, each tagged on the right */}
      {rows.map((row) => (
        <g key={row.label}>
          <Box x={16} y={row.y} width={236} height={50} tone={row.tone} tint={row.tone} />
          <Label x={28} y={row.y + 21} text={t(row.label)} size={13} weight="bold" />
          <Label x={28} y={row.y + 40} text={t(row.note)} size={13} tone="muted" />
          <Label x={312} y={row.y + 30} text={t("claimed")} size={13} weight="bold" tone="accent" anchor="middle" />
        </g>
      ))}
      {/* bracket joining the claimed parts */}
      <path d="M 260 64 H 268 V 230 H 260" style={{ fill: "none", stroke: tones.accent, strokeWidth: 2 }} />

      {/* what is left */}
      <Box x={16} y={238} width={328} height={50} tone="success" dashed />
      <Label x={28} y={259} text={t("free")} size={13} weight="bold" />
      <Label x={28} y={278} text={t("freeNote")} size={13} tone="muted" />

      <Label x={180} y={324} text={t("formula")} size={13} anchor="middle" weight="bold" />
      <Label x={180} y={346} text={t("alarm")} size={13} anchor="middle" tone="muted" />
    </FigureFrame>
  );
}
