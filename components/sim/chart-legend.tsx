export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** SVG stroke-dasharray of a line swatch. */
  dash?: string | undefined;
  /** "note" names something the chart does not draw (a limit off its scale). */
  kind: "line" | "bar" | "area" | "note";
}

function Swatch({ item }: { item: LegendItem }) {
  if (item.kind === "note") return <span aria-hidden="true" className="inline-block w-6 text-center text-muted">↑</span>;
  return (
    <svg aria-hidden="true" width="24" height="12" viewBox="0 0 24 12" className="shrink-0">
      {item.kind === "bar" ? (
        <rect x="6" y="1" width="12" height="10" rx="2" fill={item.color} />
      ) : item.kind === "area" ? (
        <>
          <rect x="1" y="4" width="22" height="8" fill={item.color} fillOpacity="0.25" />
          <line x1="1" y1="4" x2="23" y2="4" stroke={item.color} strokeWidth="2" />
        </>
      ) : (
        <line x1="1" y1="6" x2="23" y2="6" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dash} />
      )}
    </svg>
  );
}

/** The chart's key as text, wrapping on narrow screens (recharts' legend cannot name limit lines). */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm text-muted">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-2">
          <Swatch item={item} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
