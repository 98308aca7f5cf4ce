import type { BadgeIcon as BadgeIconId } from "@/lib/progress/achievements";

/** 24×24 stroke glyphs, one per icon id of content/badges.json. */
const glyphs: Record<BadgeIconId, string[]> = {
  book: ["M12 6.5C10.5 5 8.3 4.5 4 4.5v14c4.3 0 6.5.5 8 2", "M12 6.5c1.5-1.5 3.7-2 8-2v14c-4.3 0-6.5.5-8 2", "M12 6.5v14"],
  books: ["M4.5 4h3.5v16H4.5z", "M10 4h3.5v16H10z", "M15.6 5l3.2-.9 3.1 15-3.2.9z", "M4.5 8h3.5", "M10 16h3.5"],
  laurel: [
    "M8 20c-3-1.5-4.5-4.5-4.5-8.5",
    "M16 20c3-1.5 4.5-4.5 4.5-8.5",
    "M5.2 15.2 3 15.8",
    "M18.8 15.2l2.2.6",
    "M4 10.5 2.5 9",
    "M20 10.5 21.5 9",
    "M12 5.5l1.6 3.2 3.5.5-2.5 2.5.6 3.5-3.2-1.7-3.2 1.7.6-3.5-2.5-2.5 3.5-.5z",
  ],
  star: ["M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"],
  flame: ["M12 21c-3.9 0-6.5-2.6-6.5-6.2 0-3.3 2.3-5.2 3.6-7.6.4 1.6 1.3 2.7 2.4 3.1.7-2.7 1.9-5.3 4.1-7.3.3 3.3 3.9 5.6 3.9 10.6 0 4-2.7 7.4-6.5 7.4z"],
  "flame-gold": [
    "M12 21c-3.9 0-6.5-2.6-6.5-6.2 0-3.3 2.3-5.2 3.6-7.6.4 1.6 1.3 2.7 2.4 3.1.7-2.7 1.9-5.3 4.1-7.3.3 3.3 3.9 5.6 3.9 10.6 0 4-2.7 7.4-6.5 7.4z",
    "M12 18.5c-1.4 0-2.4-1-2.4-2.4 0-1.6 1.1-2.4 2.4-3.9 1.3 1.5 2.4 2.3 2.4 3.9 0 1.4-1 2.4-2.4 2.4z",
  ],
  cards: ["M4 8h11a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1z", "M7 5h12a1 1 0 0 1 1 1v10"],
  "cards-stack": [
    "M3 10h10a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1z",
    "M5.5 7H16a1 1 0 0 1 1 1v9",
    "M8.5 4H19a1 1 0 0 1 1 1v9",
  ],
  flask: ["M9 3h6", "M10 3v6l-5 9a2 2 0 0 0 1.8 3h10.4a2 2 0 0 0 1.8-3l-5-9V3", "M7.2 15h9.6"],
  "flask-star": [
    "M8 3h5",
    "M9 3v6l-5 9a2 2 0 0 0 1.8 3h9.4a2 2 0 0 0 1.8-3l-5-9V3",
    "M6.2 15h8.6",
    "M19 2.5l.7 1.8 1.8.7-1.8.7-.7 1.8-.7-1.8-1.8-.7 1.8-.7z",
  ],
  target: ["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z", "M12 16.5a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9z", "M12 12.5a.5.5 0 1 0 0-1 .5.5 0 0 0 0 1z"],
  medal: [
    "M8 3l2.6 6.3",
    "M16 3l-2.6 6.3",
    "M12 21a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11z",
    "M12 13l.9 1.8 2 .3-1.45 1.4.35 2-1.8-.95-1.8.95.35-2-1.45-1.4 2-.3z",
  ],
  level: ["M5 13l7-7 7 7", "M5 19l7-7 7 7"],
  "level-gold": ["M5 4h14", "M5 14l7-7 7 7", "M5 20l7-7 7 7"],
  crown: ["M3.5 8l4.5 4 4-7 4 7 4.5-4-2 11h-13z", "M6 21h12"],
};

/** A round medallion with the badge's glyph; decorative, so the name next to it carries the meaning. */
export function BadgeIcon({ icon, earned = true, size = "md" }: { icon: BadgeIconId; earned?: boolean; size?: "sm" | "md" | "lg" }) {
  const box = { sm: "size-9", md: "size-12", lg: "size-16" }[size];
  const glyph = { sm: "size-5", md: "size-6", lg: "size-8" }[size];
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full ${box} ${
        earned ? "bg-accent-soft text-accent ring-1 ring-accent/30" : "bg-surface-2 text-muted opacity-70"
      }`}
    >
      <svg viewBox="0 0 24 24" className={glyph} fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round">
        {glyphs[icon].map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    </span>
  );
}
