"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const STORAGE_KEY = "cl-time-zone";

/**
 * Tells the server the browser's time zone, so study days, streaks and daily limits follow the
 * learner's calendar rather than UTC. The shell sends it once per browser and zone; a page that
 * knows the stored zone passes it as `stored`, and is re-rendered when the zone had to change.
 */
export function TimeZoneSync({ stored }: { stored?: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    if (stored === undefined ? localStorage.getItem(STORAGE_KEY) === zone : stored === zone) return;
    const controller = new AbortController();
    fetch("/api/learner/time-zone", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ timeZone: zone }),
      signal: controller.signal,
    })
      .then(async (res) => {
        if (!res.ok) return;
        localStorage.setItem(STORAGE_KEY, zone);
        if (stored !== undefined && ((await res.json()) as { changed?: boolean }).changed) router.refresh();
      })
      // Not reaching the server only means days stay counted in the stored zone until the next visit.
      .catch(() => undefined);
    return () => controller.abort();
  }, [stored, router]);
  return null;
}
