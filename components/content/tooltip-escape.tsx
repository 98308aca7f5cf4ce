"use client";

import { useEffect } from "react";

/**
 * Escape closes an open glossary tooltip (WCAG 1.4.13: content on hover or focus is dismissable)
 * without moving focus: it marks the document until the pointer moves or focus changes. Mount once
 * on a page that renders <InlineText> terms.
 */
export function TooltipEscape() {
  useEffect(() => {
    const root = document.documentElement;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") root.dataset.tooltipsDismissed = "";
    };
    const reset = () => delete root.dataset.tooltipsDismissed;
    window.addEventListener("keydown", onKey);
    window.addEventListener("pointermove", reset, { passive: true });
    window.addEventListener("focusin", reset);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("pointermove", reset);
      window.removeEventListener("focusin", reset);
      reset();
    };
  }, []);
  return null;
}
