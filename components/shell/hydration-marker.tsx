"use client";

import { useEffect } from "react";

/**
 * Marks <html data-hydrated> once React has hydrated the page, so keyboard handlers are live.
 * Browser tests wait for it before pressing keys; a key pressed earlier would go unheard.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
