"use client";

import { useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { move } from "./draft";

/**
 * Reordering without drag and drop: each item has "move up" and "move down" buttons, focus stays
 * on the button that was pressed (or its twin when the item reaches an end), and the new position
 * is announced.
 */
export function OrderingList({
  items,
  order,
  disabled,
  onChange,
}: {
  items: readonly { id: string; text: string; label: ReactNode }[];
  order: readonly string[];
  disabled?: boolean;
  onChange: (order: string[]) => void;
}) {
  const t = useTranslations("quiz.question");
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const byId = new Map(items.map((i) => [i.id, i]));

  const shift = (id: string, by: -1 | 1) => {
    const next = move(order, id, by);
    onChange(next);
    const position = next.indexOf(id) + 1;
    setAnnouncement(t("position", { position }));
    // After the move the pressed button may be disabled (item reached an end): focus its twin.
    const atEnd = (by === -1 && position === 1) || (by === 1 && position === next.length);
    const key = `${id}:${atEnd ? -by : by}`;
    requestAnimationFrame(() => buttons.current.get(key)?.focus());
  };

  return (
    <>
      <ol className="grid gap-3">
        {order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          return (
            <li key={id} className="flex items-center gap-3 rounded-xl border border-border bg-surface px-4 py-3">
              <span aria-hidden="true" className="w-6 shrink-0 text-center font-semibold tabular-nums text-muted">
                {index + 1}
              </span>
              <span className="min-w-0 flex-1 leading-relaxed">{item.label}</span>
              <span className="flex shrink-0 gap-1">
                {([-1, 1] as const).map((by) => (
                  <button
                    key={by}
                    type="button"
                    ref={(el) => {
                      buttons.current.set(`${id}:${by}`, el);
                    }}
                    disabled={disabled || (by === -1 ? index === 0 : index === order.length - 1)}
                    onClick={() => shift(id, by)}
                    aria-label={t(by === -1 ? "moveUp" : "moveDown", { item: item.text })}
                    className="grid size-10 place-items-center rounded-full border border-border text-muted hover:bg-surface-2 hover:text-fg disabled:opacity-30"
                  >
                    <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 ${by === 1 ? "rotate-180" : ""}`} fill="none" stroke="currentColor" strokeWidth="2">
                      <path d="M5 12l5-5 5 5" strokeLinecap="round" strokeLinejoin="round" />
                    </svg>
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
