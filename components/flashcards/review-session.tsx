"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useReducer, useRef, useState, type ReactNode } from "react";
import { RewardToast } from "@/components/progress/reward-toast";
import type { Locale } from "@/lib/i18n/locales";
import type { RewardOutcome } from "@/lib/progress/types";
import { ratingNames, type Rating } from "@/lib/srs/ratings";
import { formatDueIn } from "./format";
import { RatingButtons } from "./rating-buttons";
import { reviewKeyAction } from "./review-keys";
import { sessionProgress, sessionReducer, startSession, type QueuedCard } from "./session-state";
import { SessionSummary, type NextDueState } from "./session-summary";
import type { NextDueAction, RateAction, UndoAction } from "./types";

/** A card's faces, rendered on the server; the plain texts feed the screen-reader announcements. */
export interface SessionCardContent {
  topic: string;
  front: ReactNode;
  back: ReactNode;
  frontText: string;
  backText: string;
}

type Notice = { tone: "info" | "error"; text: string } | null;

/** A reward worth interrupting for; the +EXP of each rating shows in the session header instead. */
function isNotable(reward: RewardOutcome): boolean {
  return reward.granted && (reward.leveledUp || reward.newBadges.length > 0 || reward.newTitles.length > 0);
}

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * One review session: the front, Space (or the button) for the answer, 1–4 (or the buttons) to
 * rate, U or Ctrl+Z to undo. Every rating is stored by a server action before the next card shows.
 */
export function ReviewSession({
  deck,
  queue,
  contents,
  rate,
  undo,
  nextDue,
}: {
  /** The deck of this session, or null for every deck. */
  deck: string | null;
  queue: QueuedCard[];
  contents: Readonly<Record<string, SessionCardContent>>;
  rate: RateAction;
  undo: UndoAction;
  nextDue: NextDueAction;
}) {
  const t = useTranslations("flashcards");
  const locale = useLocale() as Locale;
  const [state, dispatch] = useReducer(sessionReducer, queue, startSession);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [announcement, setAnnouncement] = useState("");
  const [toast, setToast] = useState<RewardOutcome | null>(null);
  const [nextDueState, setNextDueState] = useState<NextDueState>({ state: "loading" });
  // Set synchronously, unlike state, so a second key press right after the first is dropped.
  const busy = useRef(false);
  const shownAt = useRef(0);
  const cardRef = useRef<HTMLElement>(null);

  const current = state.queue[0];
  const content = current ? contents[current.id] : undefined;
  const progress = sessionProgress(state);
  const sessionExp = state.history.reduce((sum, entry) => sum + entry.exp, 0);

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  // A new card (or the summary) replaces the buttons that had focus: keep focus in the session.
  useEffect(() => {
    if (document.activeElement === document.body) cardRef.current?.focus({ preventScroll: true });
  }, [current?.id, state.revealed, progress.done]);

  /** One server call at a time; keys pressed meanwhile are dropped, not queued. */
  async function run(work: () => Promise<void>): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setNotice(null);
    try {
      await work();
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  /** For the summary; a failure only leaves "next review" out, the ratings are stored. */
  async function loadNextDue() {
    try {
      const at = await nextDue({ deck });
      setNextDueState(at === null ? { state: "none" } : { state: "at", inMs: new Date(at).getTime() - Date.now() });
    } catch {
      setNextDueState({ state: "unknown" });
    }
  }

  function reveal() {
    if (!current || !content || state.revealed) return;
    dispatch({ type: "reveal" });
    setAnnouncement(t("session.announceAnswer", { answer: content.backText }));
  }

  async function rateCurrent(rating: Rating) {
    if (!current || !state.revealed) return;
    await run(async () => {
      try {
        const result = await rate({ cardId: current.id, rating, expectedReps: current.reps });
        if (result.status === "rated") {
          const { reviewLogId, reps, requeue, preview, reward } = result;
          dispatch({ type: "rated", reviewLogId, rating, reps, requeue, preview, exp: reward.expGained, at: Date.now(), startedAt: shownAt.current });
          const rated = t("session.announceRated", { rating: t(`rating.${ratingNames[rating]}`), when: formatDueIn(current.preview[rating], locale) });
          const nextId = state.queue[1]?.id ?? (requeue ? current.id : undefined);
          const nextQuestion = nextId === undefined ? undefined : contents[nextId]?.frontText;
          const position = { current: progress.current + 1, total: progress.total + (requeue ? 1 : 0) };
          setAnnouncement(
            nextQuestion === undefined ? `${rated} ${t("session.announceDone")}` : `${rated} ${t("session.announceNext", { ...position, question: nextQuestion })}`,
          );
          if (isNotable(reward)) setToast(reward);
          if (nextId === undefined) await loadNextDue();
        } else if (result.status === "stale") {
          dispatch({ type: "skip" });
          setNotice({ tone: "info", text: t("session.stale") });
          if (state.queue.length === 1) await loadNextDue();
        } else {
          setNotice({ tone: "error", text: t("session.failed") });
        }
      } catch {
        setNotice({ tone: "error", text: t("session.failed") });
      }
    });
  }

  async function undoLast() {
    const last = state.history.at(-1);
    if (!last) return;
    await run(async () => {
      try {
        const result = await undo({ reviewLogId: last.reviewLogId });
        if (result.status === "undone") {
          dispatch({ type: "undone", reps: result.reps, preview: result.preview });
          setAnnouncement(t("session.announceUndone"));
        } else {
          setNotice({ tone: "error", text: t(result.status === "not-latest" ? "session.undoNotLatest" : "session.undoFailed") });
        }
      } catch {
        setNotice({ tone: "error", text: t("session.undoFailed") });
      }
    });
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTextEntry(event.target)) return;
    const onControl = event.target instanceof HTMLElement && event.target.closest("button, a") !== null;
    const action = reviewKeyAction(event, { revealed: state.revealed, onControl });
    if (!action) return;
    event.preventDefault();
    if (action.type === "reveal") reveal();
    else if (action.type === "rate") void rateCurrent(action.rating);
    else void undoLast();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const undoButton = (
    <button
      type="button"
      onClick={() => void undoLast()}
      disabled={pending || state.history.length === 0}
      aria-keyshortcuts="U Control+Z"
      className="inline-flex min-h-11 items-center gap-2 rounded-full border border-border bg-surface px-4 py-2 text-sm font-medium transition hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-50"
    >
      <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M9 14 4 9l5-5" />
        <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
      </svg>
      <span>{t("session.undo")}</span>
      <span className="sr-only">: {t("session.undoLabel")}</span>
    </button>
  );

  return (
    <div className="mx-auto max-w-3xl">
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {notice ? (
        <p role={notice.tone === "error" ? "alert" : "status"} className={`mb-4 rounded-xl px-4 py-3 ${notice.tone === "error" ? "bg-danger-soft text-danger" : "bg-warning-soft text-warning"}`}>
          {notice.text}
        </p>
      ) : null}

      {progress.done || !current || !content ? (
        <SessionSummary state={state} nextDue={nextDueState} undoButton={undoButton} focusRef={cardRef} />
      ) : (
        <section aria-label={t("session.label")}>
          <div className="mb-4 flex items-center gap-4">
            <p className="shrink-0 text-sm font-medium tabular-nums" data-testid="session-progress">
              {t("session.progress", { current: progress.current, total: progress.total })}
            </p>
            <div
              role="progressbar"
              aria-label={t("session.progressLabel")}
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.current - 1}
              className="h-2 flex-1 overflow-hidden rounded-full bg-surface-2"
            >
              <div className="h-full rounded-full bg-accent transition-[width] duration-300" style={{ width: `${((progress.current - 1) / progress.total) * 100}%` }} />
            </div>
            {sessionExp > 0 ? <p className="hidden shrink-0 text-sm font-semibold text-accent sm:block">{t("session.sessionExp", { exp: sessionExp })}</p> : null}
            {undoButton}
          </div>

          <article
            ref={cardRef}
            tabIndex={-1}
            aria-labelledby="card-question"
            className="min-h-64 rounded-2xl border border-border bg-surface p-6 shadow-sm outline-none sm:p-10"
            data-testid="flashcard"
            data-card-id={current.id}
          >
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
              <span>{content.topic}</span>
              {current.isNew ? <span className="rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-semibold text-accent">{t("session.newCard")}</span> : null}
            </div>
            <h2 id="card-question" className="sr-only">
              {t("session.question")}
            </h2>
            <div className="mt-4">{content.front}</div>
            {state.revealed ? (
              <div className="mt-8 border-t border-border pt-6" data-testid="answer">
                <h2 className="text-sm font-semibold tracking-wide text-muted uppercase">{t("session.answer")}</h2>
                <div className="mt-3">{content.back}</div>
              </div>
            ) : null}
          </article>

          <div className="sticky bottom-0 z-10 -mx-4 mt-6 border-t border-border bg-bg/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none">
            {state.revealed ? (
              <RatingButtons preview={current.preview} disabled={pending} onRate={(rating) => void rateCurrent(rating)} />
            ) : (
              <button
                type="button"
                onClick={reveal}
                aria-keyshortcuts="Space"
                className="flex min-h-14 w-full items-center justify-center gap-3 rounded-full bg-accent px-6 py-3 text-lg font-medium text-accent-fg shadow-sm transition hover:opacity-90"
              >
                {t("session.showAnswer")}
                <kbd aria-hidden="true" className="hidden rounded-md border border-accent-fg/40 px-1.5 py-0.5 font-sans text-xs sm:inline">
                  Space
                </kbd>
              </button>
            )}
            <p className="mt-3 hidden text-center text-sm text-muted sm:block">{t("session.keysHint")}</p>
          </div>
        </section>
      )}
      <RewardToast outcome={toast} />
    </div>
  );
}
