"use client";

import { useEffect } from "react";

const STORAGE_KEY = "cl-time-zone";

/**
 * Tells the server the browser's time zone once (and again when it changes), so study days,
 * streaks and daily limits follow the learner's calendar rather than UTC.
 */
export function TimeZoneSync() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || localStorage.getItem(STORAGE_KEY) === zone) return;
    void fetch("/api/learner/time-zone", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ timeZone: zone }),
    }).then((res) => {
      if (res.ok) localStorage.setItem(STORAGE_KEY, zone);
    });
  }, []);
  return null;
}
