import { formatFact, factValue } from "@/lib/content/facts";
import { Arrow, Box, FigureFrame, Label, fill, tones, useFigureIds, type FigureLabels, type FigureProps } from "./parts";

export const labels = {
  title: {
    en: "A canary deployment with AWS SAM and CodeDeploy",
    ko: "AWS SAM과 CodeDeploy를 이용한 카나리 배포",
  },
  desc: {
    en: "Four steps on the function's alias, top to bottom. First the PreTraffic hook, a Lambda function, tests the new version and reports its status to CodeDeploy. Then the alias sends {pct}% of requests to the new version and {rest}% to the old one while CodeDeploy watches the CloudWatch alarms for the interval; a linear deployment repeats such steps. Then all traffic moves to the new version. Last the PostTraffic hook runs its checks. If an alarm goes to ALARM or a hook reports Failed at any step, CodeDeploy rolls back: the alias points at the old version again.",
    ko: "함수의 별칭에서 위에서 아래로 진행되는 네 단계입니다. 먼저 Lambda 함수인 PreTraffic 훅이 새 버전을 시험하고 CodeDeploy에 상태를 보고합니다. 다음으로 CodeDeploy가 간격 동안 CloudWatch 경보를 지켜보는 사이 별칭이 요청의 {pct}%를 새 버전으로, {rest}%를 이전 버전으로 보냅니다. 선형 배포는 이런 단계를 반복합니다. 그다음 모든 트래픽이 새 버전으로 옮겨 갑니다. 마지막으로 PostTraffic 훅이 점검을 실행합니다. 어느 단계에서든 경보가 ALARM이 되거나 훅이 Failed를 보고하면 CodeDeploy가 롤백하여 별칭이 다시 이전 버전을 가리킵니다.",
  },
  pre: { en: "PreTraffic hook", ko: "PreTraffic 훅" },
  preNote: { en: "tests the new version, reports status", ko: "새 버전을 시험하고 상태 보고" },
  canary: { en: "{pct}% to new, {rest}% stays on old", ko: "{pct}%는 새 버전, {rest}%는 이전 버전" },
  canaryNote: { en: "alarms watched for the interval", ko: "간격 동안 경보를 지켜봄" },
  all: { en: "All traffic to the new version", ko: "모든 트래픽을 새 버전으로" },
  allNote: { en: "linear: {pct}% more per interval", ko: "선형: 간격마다 {pct}%씩 더" },
  post: { en: "PostTraffic hook", ko: "PostTraffic 훅" },
  postNote: { en: "final checks, reports status", ko: "마지막 점검, 상태 보고" },
  trigger: { en: "alarm or Failed", ko: "경보 또는 Failed" },
  rollback: { en: "Rollback: alias back to the old version", ko: "롤백: 별칭이 이전 버전으로 돌아감" },
} as const satisfies FigureLabels;

const steps = [
  { y: 8, label: "pre", note: "preNote", tone: "accent" },
  { y: 82, label: "canary", note: "canaryNote", tone: "fg" },
  { y: 156, label: "all", note: "allNote", tone: "success" },
  { y: 230, label: "post", note: "postNote", tone: "accent" },
] as const;

const BOX_HEIGHT = 54;
const rollbackLine = { fill: "none", stroke: tones.danger, strokeWidth: 1.75, strokeDasharray: "5 4" } as const;

export function DeploymentShiftingFigure({ lang }: FigureProps) {
  const ids = useFigureIds();
  const values = {
    pct: formatFact("codeDeployTrafficPercent", lang),
    rest: String(100 - factValue("codeDeployTrafficPercent")),
  };
  const t = (key: keyof typeof labels) => fill(labels[key][lang], values);

  return (
    <FigureFrame ids={ids} height={372} title={t("title")} desc={t("desc")} lang={lang}>
      {steps.map((step, i) => (
        <g key={step.label}>
          <Box x={8} y={step.y} width={284} height={BOX_HEIGHT} tone={step.tone} tint={step.tone === "fg" ? undefined : step.tone} />
          <Label x={20} y={step.y + 23} text={t(step.label)} size={14} weight="bold" />
          <Label x={20} y={step.y + 43} text={t(step.note)} size={13} tone="muted" />
          {i < steps.length - 1 && <Arrow ids={ids} points={[[150, step.y + BOX_HEIGHT], [150, step.y + 80]]} tone="fg" />}
          {/* every step can send the deployment back */}
          <path d={`M 292 ${step.y + BOX_HEIGHT / 2} H 330`} style={rollbackLine} />
        </g>
      ))}
      <Arrow ids={ids} points={[[330, steps[0]!.y + BOX_HEIGHT / 2], [330, 312]]} tone="danger" dashed />
      <Label x={322} y={300} text={t("trigger")} size={13} tone="danger" anchor="end" weight="bold" />
      <Box x={8} y={314} width={348} height={44} tone="danger" tint="danger" />
      <Label x={182} y={341} text={t("rollback")} size={14} weight="bold" anchor="middle" />
    </FigureFrame>
  );
}
