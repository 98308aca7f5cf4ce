"use client";

import { useLayoutEffect } from "react";
import { readModeCookie, showMode } from "./reading-mode-store";

/**
 * The inline script does not run when the lesson is reached by client-side navigation: apply the
 * cookie's mode before the browser paints the new page instead.
 */
export function ReadingModeSync() {
  useLayoutEffect(() => {
    const mode = readModeCookie();
    if (mode) showMode(mode);
  }, []);
  return null;
}
