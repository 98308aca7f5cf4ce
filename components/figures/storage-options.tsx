import { Box, Check, FigureFrame, Label, fill, tones, useFigureIds, type FigureLabels, type FigureProps } from "./parts";

export const labels = {
  title: {
    en: "Storage options for a Lambda function compared",
    ko: "Lambda 함수의 스토리지 옵션 비교",
  },
  desc: {
    en: "A comparison of four storage options. /tmp: does not persist and is not shared, but is writable; scratch space of one execution environment. Lambda layers: persist with the function version and are the same in every environment, but are read-only under /opt; for libraries and shared code. Amazon S3: persistent, shared and writable; objects through the S3 API, no VPC needed. Amazon EFS: persistent, shared and writable; a file system mounted by every environment, which needs a VPC.",
    ko: "네 가지 스토리지 옵션 비교입니다. /tmp: 영구 보존되지 않고 공유되지도 않지만 쓰기는 가능하며, 실행 환경 하나의 임시 공간입니다. Lambda 레이어: 함수 버전과 함께 보존되고 모든 환경에서 같지만 /opt 아래에서 읽기 전용이며, 라이브러리와 공통 코드용입니다. Amazon S3: 영구 보존, 공유, 쓰기 모두 가능하며, S3 API로 객체를 다루고 VPC가 필요 없습니다. Amazon EFS: 영구 보존, 공유, 쓰기 모두 가능하며, 모든 환경이 마운트하는 파일 시스템으로 VPC가 필요합니다.",
  },
  option: { en: "Option", ko: "옵션" },
  persists: { en: "Persists", ko: "영구 보존" },
  shared: { en: "Shared", ko: "공유" },
  writable: { en: "Writable", ko: "쓰기 가능" },
  layers: { en: "Layers", ko: "레이어" },
  tmpUse: { en: "scratch space of one environment", ko: "실행 환경 하나의 임시 공간" },
  layersUse: { en: "libraries, read-only under /opt", ko: "라이브러리, /opt 아래 읽기 전용" },
  s3Use: { en: "objects via the API, no VPC needed", ko: "API로 다루는 객체, VPC 불필요" },
  efsUse: { en: "shared file system, needs a VPC", ko: "공유 파일 시스템, VPC 필요" },
} as const satisfies FigureLabels;

type Key = keyof typeof labels;

const rows: readonly { name: string | Key; use: Key; marks: readonly [boolean, boolean, boolean] }[] = [
  { name: "/tmp", use: "tmpUse", marks: [false, false, true] },
  { name: "layers", use: "layersUse", marks: [true, true, false] },
  { name: "S3", use: "s3Use", marks: [true, true, true] },
  { name: "EFS", use: "efsUse", marks: [true, true, true] },
];
const columns: readonly { key: Key; cx: number }[] = [
  { key: "persists", cx: 174 },
  { key: "shared", cx: 248 },
  { key: "writable", cx: 318 },
];
const ROW_TOP = 40;
const ROW_HEIGHT = 64;

export function StorageOptionsFigure({ lang }: FigureProps) {
  const ids = useFigureIds();
  const t = (key: Key) => fill(labels[key][lang]);
  const name = (value: string) => (value in labels ? t(value as Key) : value);

  return (
    <FigureFrame ids={ids} height={ROW_TOP + rows.length * ROW_HEIGHT + 6} title={t("title")} desc={t("desc")} lang={lang}>
      <Label x={14} y={26} text={t("option")} size={13} weight="bold" tone="muted" />
      {columns.map((column) => (
        <Label key={column.key} x={column.cx} y={26} text={t(column.key)} size={13} weight="bold" tone="muted" anchor="middle" />
      ))}
      {rows.map((row, i) => {
        const top = ROW_TOP + i * ROW_HEIGHT;
        return (
          <g key={row.name}>
            {i % 2 === 0 ? <Box x={4} y={top} width={352} height={ROW_HEIGHT} rx={6} tone="border" strokeWidth={0} tint="muted" /> : null}
            <Label x={14} y={top + 25} text={name(row.name)} size={16} weight="bold" />
            {row.marks.map((ok, c) => (
              <Check key={columns[c]!.key} cx={columns[c]!.cx} cy={top + 19} ok={ok} />
            ))}
            <Label x={14} y={top + 50} text={t(row.use)} size={13} tone="muted" />
          </g>
        );
      })}
      <line x1={4} x2={356} y1={ROW_TOP - 1} y2={ROW_TOP - 1} style={{ stroke: tones.border, strokeWidth: 1.5 }} />
    </FigureFrame>
  );
}
