"use client";

import { useEffect } from "react";
import { useRouter } from "@/i18n/navigation";

/**
 * Tells the server the browser's time zone when it differs from the stored one, so that a day of study
 * ends at the learner's midnight; then re-renders the page with days counted in that zone. Renders nothing.
 */
export function TimeZoneSync({ stored }: { stored: string }) {
  const router = useRouter();
  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browser || browser === stored) return;
    const controller = new AbortController();
    fetch("/api/progress/time-zone", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ timeZone: browser }),
      signal: controller.signal,
    })
      .then((response) => {
        if (response.ok) router.refresh();
      })
      // Not reaching the server only means days stay counted in the stored zone until the next visit.
      .catch(() => undefined);
    return () => controller.abort();
  }, [stored, router]);
  return null;
}
