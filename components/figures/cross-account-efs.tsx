import { Arrow, Box, FigureFrame, Label, fill, useFigureIds, type FigureLabels, type FigureProps } from "./parts";

export const labels = {
  title: {
    en: "Mounting an EFS file system from another account",
    ko: "다른 계정의 EFS 파일 시스템 마운트",
  },
  desc: {
    en: "The Lambda function runs in VPC A in account A. The EFS file system, its mount target and its access point are in VPC B in account B. VPC peering connects VPC A and VPC B so the function can reach the mount target. The function's IAM permissions must allow it to describe the mount targets and to mount and write through the access point, and the file system policy in account B must name account A as the Principal.",
    ko: "Lambda 함수는 계정 A의 VPC A에서 실행됩니다. EFS 파일 시스템과 그 탑재 대상, 액세스 포인트는 계정 B의 VPC B에 있습니다. VPC 피어링이 VPC A와 VPC B를 연결해 함수가 탑재 대상에 닿을 수 있습니다. 함수의 IAM 권한은 탑재 대상을 조회하고 액세스 포인트로 마운트하고 쓰는 것을 허용해야 하며, 계정 B의 파일 시스템 정책은 Principal로 계정 A를 지정해야 합니다.",
  },
  accountA: { en: "Account A", ko: "계정 A" },
  accountB: { en: "Account B", ko: "계정 B" },
  fn: { en: "Lambda function", ko: "Lambda 함수" },
  iam: { en: "IAM permissions", ko: "IAM 권한" },
  iamWhat: { en: "describe the mount\ntargets; mount and\nwrite via the\naccess point", ko: "탑재 대상 조회,\n액세스 포인트로\n마운트와 쓰기" },
  peering: { en: "VPC peering", ko: "VPC 피어링" },
  mountTarget: { en: "Mount target", ko: "탑재 대상" },
  efs: { en: "EFS file system", ko: "EFS 파일 시스템" },
  accessPoint: { en: "+ access point", ko: "+ 액세스 포인트" },
  policy: { en: "File system policy", ko: "파일 시스템 정책" },
  principal: { en: "Principal: account A", ko: "Principal: 계정 A" },
  allows: { en: "allows mount and write", ko: "마운트와 쓰기 허용" },
} as const satisfies FigureLabels;

export function CrossAccountEfsFigure({ lang }: FigureProps) {
  const ids = useFigureIds();
  const t = (key: keyof typeof labels) => fill(labels[key][lang]);

  return (
    <FigureFrame ids={ids} height={452} title={t("title")} desc={t("desc")} lang={lang}>
      {/* account A: the function and its permissions */}
      <Box x={4} y={4} width={352} height={156} tone="accent" strokeWidth={2} rx={12} />
      <Label x={16} y={26} text={t("accountA")} weight="bold" tone="accent" />
      <Box x={16} y={36} width={150} height={112} tone="muted" dashed />
      <Label x={26} y={56} text="VPC A" size={13} tone="muted" weight="bold" />
      <Box x={26} y={72} width={130} height={48} tone="accent" tint="accent" />
      <Label x={91} y={101} text={t("fn")} anchor="middle" weight="bold" size={13} />
      <Box x={176} y={36} width={168} height={112} />
      <Label x={186} y={56} text={t("iam")} weight="bold" size={13} />
      <Label x={186} y={78} text={t("iamWhat")} size={13} lineHeight={19} />

      {/* account B: the file system side */}
      <Box x={4} y={214} width={352} height={234} tone="border" strokeWidth={2} rx={12} />
      <Label x={16} y={236} text={t("accountB")} weight="bold" />
      <Box x={16} y={246} width={150} height={90} tone="muted" dashed />
      <Label x={26} y={266} text="VPC B" size={13} tone="muted" weight="bold" />
      <Box x={26} y={276} width={130} height={40} tone="success" tint="success" />
      <Label x={91} y={301} text={t("mountTarget")} anchor="middle" size={13} weight="bold" />
      <Arrow ids={ids} points={[[91, 316], [91, 354]]} tone="success" />
      <Box x={16} y={356} width={150} height={78} tone="success" strokeWidth={2} />
      <Label x={91} y={386} text={t("efs")} anchor="middle" weight="bold" size={13} />
      <Label x={91} y={410} text={t("accessPoint")} anchor="middle" size={13} />

      <Box x={176} y={356} width={168} height={78} tone="accent" dashed />
      <Label x={186} y={378} text={t("policy")} weight="bold" size={13} />
      <Label x={186} y={400} text={t("principal")} size={13} />
      <Label x={186} y={420} text={t("allows")} size={13} tone="muted" />
      <Arrow ids={ids} points={[[176, 395], [168, 395]]} tone="accent" />

      {/* the peering connection, drawn last so it crosses the account borders */}
      <Arrow ids={ids} points={[[91, 122], [91, 274]]} tone="fg" both strokeWidth={2.5} />
      <Label x={104} y={192} text={t("peering")} weight="bold" />
    </FigureFrame>
  );
}
