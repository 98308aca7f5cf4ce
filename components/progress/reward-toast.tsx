"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { RewardOutcome } from "@/lib/progress/types";
import { BadgeIcon } from "./badge-icon";

const VISIBLE_MS = 6_000;

/**
 * Announces a reward without interrupting: a polite live region in a corner, never focused, dismissed
 * by itself after a few seconds (paused while the pointer or focus is on it) or by its close button.
 * Shows nothing for a repeated grant (granted: false), so a resubmission does not celebrate twice.
 */
export function RewardToast({ outcome }: { outcome: RewardOutcome | null }) {
  const t = useTranslations("progress.toast");
  const locale = useLocale() as Locale;
  const [dismissed, setDismissed] = useState<RewardOutcome | null>(null);
  const [paused, setPaused] = useState(false);
  const visible = outcome !== null && outcome.granted && dismissed !== outcome;

  useEffect(() => {
    if (!visible || paused) return;
    const timer = setTimeout(() => setDismissed(outcome), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [visible, paused, outcome]);

  return (
    <div className="pointer-events-none fixed inset-x-4 bottom-4 z-40 flex justify-end sm:inset-x-6 sm:bottom-6" role="status" aria-live="polite" aria-atomic="true">
      {visible ? (
        <div
          className="pointer-events-auto w-full max-w-sm rounded-2xl border border-border bg-surface p-4 shadow-lg transition-[opacity,translate] duration-200 ease-out starting:opacity-0 motion-safe:starting:translate-y-2"
          onMouseEnter={() => setPaused(true)}
          onMouseLeave={() => setPaused(false)}
          onFocus={() => setPaused(true)}
          onBlur={() => setPaused(false)}
        >
          <div className="flex items-start gap-3">
            <div className="min-w-0 flex-1">
              <p className="font-semibold text-accent">
                {outcome.expGained > 0 ? t("exp", { exp: outcome.expGained }) : null}
                {outcome.expGained > 0 && outcome.pointsGained > 0 ? " · " : null}
                {outcome.pointsGained > 0 ? t("points", { points: outcome.pointsGained }) : null}
              </p>
              {outcome.leveledUp ? <p className="mt-1 font-medium">{t("levelUp", { level: outcome.level })}</p> : null}
              <p className="mt-2 flex items-center gap-2 text-xs text-muted">
                <span>{t("level", { level: outcome.level })}</span>
                <span aria-hidden="true" className="h-1.5 flex-1 overflow-hidden rounded-full bg-surface-2">
                  <span className="block h-full rounded-full bg-accent" style={{ width: `${Math.round((outcome.levelProgress.current / outcome.levelProgress.needed) * 100)}%` }} />
                </span>
                <span>{t("levelProgress", outcome.levelProgress)}</span>
              </p>
              {[...outcome.newBadges.map((b) => ({ ...b, kind: "badge" as const })), ...outcome.newTitles.map((x) => ({ ...x, kind: "title" as const }))].map(
                (a) => (
                  <p key={`${a.kind}:${a.id}`} className="mt-2 flex items-center gap-2 text-sm">
                    <BadgeIcon icon={a.icon} size="sm" />
                    <span>{t(a.kind === "badge" ? "newBadge" : "newTitle", { name: a.name[locale] })}</span>
                  </p>
                ),
              )}
            </div>
            <button
              type="button"
              onClick={() => setDismissed(outcome)}
              className="-m-1 rounded-full p-1 text-muted hover:bg-surface-2 hover:text-fg"
              aria-label={t("dismiss")}
            >
              <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" aria-hidden="true">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
