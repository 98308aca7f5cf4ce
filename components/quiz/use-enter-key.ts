"use client";

import { useEffect, useRef } from "react";

/**
 * Enter runs the quiz's primary action (check the answer, continue) from anywhere on the page
 * except where Enter already means something: buttons, links, text fields.
 */
export function useEnterKey(action: (() => void) | null) {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return;
      const target = event.target;
      if (target instanceof HTMLElement) {
        if (target.closest("button, a, textarea, select, summary, [contenteditable='true']")) return;
        if (target instanceof HTMLInputElement && !["radio", "checkbox"].includes(target.type)) return;
      }
      if (!latest.current) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
