import { Arrow, Box, FigureFrame, Label, fill, useFigureIds, type FigureLabels, type FigureProps } from "./parts";

export const labels = {
  title: {
    en: "How a Lambda function mounts an EFS file system",
    ko: "Lambda 함수가 EFS 파일 시스템을 마운트하는 방법",
  },
  desc: {
    en: "The Lambda function is configured with a VPC. In each Availability Zone its traffic leaves through an elastic network interface (ENI) in the function's subnet and reaches the EFS mount target in that zone. The mount targets lead to the EFS file system, which the function mounts through an EFS access point under a local path such as /mnt/data, during the initialisation of each execution environment. Each execution environment holds one connection to the file system, so watch its connection limits.",
    ko: "Lambda 함수는 VPC에 연결되도록 구성됩니다. 각 가용 영역(AZ)에서 함수의 트래픽은 함수 서브넷의 탄력적 네트워크 인터페이스(ENI)를 거쳐 그 영역의 EFS 탑재 대상(mount target)에 닿습니다. 탑재 대상은 EFS 파일 시스템으로 이어지며, 함수는 각 실행 환경의 초기화 중에 EFS 액세스 포인트를 통해 /mnt/data 같은 로컬 경로에 파일 시스템을 마운트합니다. 실행 환경마다 파일 시스템 연결을 하나씩 쓰므로 연결 한도에 주의해야 합니다.",
  },
  fn: { en: "Lambda function", ko: "Lambda 함수" },
  vpcConfig: { en: "VPC configured", ko: "VPC 설정됨" },
  vpc: { en: "Your VPC", ko: "사용자 VPC" },
  inSubnet: { en: "in a subnet", ko: "서브넷 안" },
  mountTarget: { en: "Mount target", ko: "탑재 대상" },
  efs: { en: "EFS file system", ko: "EFS 파일 시스템" },
  accessPoint: { en: "Access point → /mnt/data", ko: "액세스 포인트 → /mnt/data" },
  whenMounted: { en: "Mounted during Init", ko: "Init 단계에서 마운트" },
  connections: { en: "One connection per execution environment", ko: "실행 환경마다 연결 하나" },
} as const satisfies FigureLabels;

const zones = [
  { name: "AZ a", x: 16 },
  { name: "AZ b", x: 188 },
] as const;

export function EfsMountingFigure({ lang }: FigureProps) {
  const ids = useFigureIds();
  const t = (key: keyof typeof labels) => fill(labels[key][lang]);

  return (
    <FigureFrame ids={ids} height={428} title={t("title")} desc={t("desc")} lang={lang}>
      <Box x={70} y={4} width={220} height={50} tone="accent" tint="accent" strokeWidth={2} />
      <Label x={180} y={25} text={t("fn")} anchor="middle" weight="bold" />
      <Label x={180} y={44} text={t("vpcConfig")} size={13} anchor="middle" tone="muted" />

      <Box x={4} y={70} width={352} height={218} tone="border" strokeWidth={2} rx={12} />
      <Label x={16} y={90} text={t("vpc")} weight="bold" />
      {zones.map((zone) => {
        const cx = zone.x + 78;
        return (
          <g key={zone.name}>
            <Box x={zone.x} y={100} width={156} height={178} tone="muted" dashed />
            <Label x={zone.x + 10} y={120} text={zone.name} size={13} tone="muted" weight="bold" />
            <Box x={zone.x + 18} y={134} width={120} height={46} />
            <Label x={cx} y={153} text="ENI" anchor="middle" weight="bold" />
            <Label x={cx} y={171} text={t("inSubnet")} anchor="middle" size={13} tone="muted" />
            <Arrow ids={ids} points={[[cx, 180], [cx, 204]]} />
            <Box x={zone.x + 10} y={206} width={136} height={40} tone="success" tint="success" />
            <Label x={cx} y={231} text={t("mountTarget")} anchor="middle" size={13} weight="bold" />
            <Arrow ids={ids} points={[[cx, 246], [cx, 260], [180, 316]]} tone="success" />
          </g>
        );
      })}
      {/* the function reaches each zone's ENI */}
      <Arrow ids={ids} points={[[94, 54], [94, 132]]} tone="accent" />
      <Arrow ids={ids} points={[[266, 54], [266, 132]]} tone="accent" />

      <Box x={50} y={318} width={260} height={66} tone="success" strokeWidth={2} />
      <Label x={180} y={342} text={t("efs")} anchor="middle" weight="bold" />
      <Label x={180} y={368} text={t("accessPoint")} anchor="middle" size={13} />

      <Label x={180} y={404} text={t("whenMounted")} anchor="middle" size={13} tone="muted" />
      <Label x={180} y={422} text={t("connections")} anchor="middle" size={13} tone="muted" />
    </FigureFrame>
  );
}
