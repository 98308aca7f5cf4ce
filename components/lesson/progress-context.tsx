"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { RewardToast } from "@/components/progress/reward-toast";
import type { RewardOutcome } from "@/lib/progress/types";
import { readModeCookie, showMode, writeModeCookie } from "./reading-mode-store";
import type { ClaimLessonRewards, LessonProgressResponse, MarkSectionRead } from "./types";

/**
 * The learner's progress through one lesson on the page: which sections are read (server state,
 * loaded after hydration from /api/learn/progress, since the page itself is static, and confirmed
 * by the server action), and the first choice on each "check yourself" question (kept in
 * localStorage, so a reload does not lose a perfect score). Shows the reward toast.
 */
interface LessonProgress {
  /** the read sections have been loaded (until then the page shows neither ticks nor buttons) */
  loaded: boolean;
  read: ReadonlySet<string>;
  firstTries: Readonly<Record<string, number>>;
  /** sections whose completion the server has not confirmed yet */
  pending: ReadonlySet<string>;
  error: boolean;
  markRead(sectionId: string): void;
  recordFirstTry(questionId: string, option: number): void;
}

const Context = createContext<LessonProgress | null>(null);

export function useLessonProgress(): LessonProgress {
  const value = use(Context);
  if (!value) throw new Error("useLessonProgress outside <LessonProgressProvider>");
  return value;
}

const storageKey = (lessonId: string) => `concurrency-lab:checks:${lessonId}`;

function loadFirstTries(lessonId: string): Record<string, number> {
  try {
    const raw = window.localStorage.getItem(storageKey(lessonId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => Number.isInteger(e[1])));
  } catch {
    // storage disabled or corrupt: checks still work for this visit
    return {};
  }
}

function isProgressResponse(value: unknown, lessonId: string): value is LessonProgressResponse {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.lessonId === lessonId &&
    Array.isArray(v.readSectionIds) &&
    v.readSectionIds.every((id) => typeof id === "string") &&
    typeof v.lessonComplete === "boolean" &&
    (v.readingMode === null || v.readingMode === "en" || v.readingMode === "ko" || v.readingMode === "both")
  );
}

function saveFirstTries(lessonId: string, tries: Record<string, number>) {
  try {
    window.localStorage.setItem(storageKey(lessonId), JSON.stringify(tries));
  } catch {
    // storage full or disabled: the answers still count for this visit
  }
}

export function LessonProgressProvider({
  lessonId,
  sectionIds,
  checkIds,
  markSectionRead,
  claimLessonRewards,
  children,
}: {
  lessonId: string;
  sectionIds: readonly string[];
  checkIds: readonly string[];
  markSectionRead: MarkSectionRead;
  claimLessonRewards: ClaimLessonRewards;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState(false);
  const [read, setRead] = useState<ReadonlySet<string>>(() => new Set());
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const [firstTries, setFirstTries] = useState<Record<string, number>>({});
  const [error, setError] = useState(false);
  const [outcome, setOutcome] = useState<RewardOutcome | null>(null);
  const [, startTransition] = useTransition();
  const requested = useRef(new Set<string>());
  const triesRef = useRef(firstTries);

  useEffect(() => {
    const stored = loadFirstTries(lessonId);
    triesRef.current = stored;
    // localStorage exists only in the browser: read it after hydration, not during render
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFirstTries(stored);
  }, [lessonId]);

  useEffect(() => {
    const controller = new AbortController();
    const load = async (attempt: number): Promise<void> => {
      try {
        const response = await fetch(`/api/learn/progress?lesson=${encodeURIComponent(lessonId)}`, { signal: controller.signal, cache: "no-store" });
        const body: unknown = response.ok ? await response.json() : null;
        if (!isProgressResponse(body, lessonId)) throw new Error(`progress: HTTP ${response.status}`);
        for (const id of body.readSectionIds) requested.current.add(id);
        // sections marked while loading are already in `read` via the action's answer
        setRead((current) => new Set([...body.readSectionIds, ...current]));
        setLoaded(true);
        // a mode stored before the cookie mirror existed: mirror it now
        if (body.readingMode && !readModeCookie()) {
          writeModeCookie(body.readingMode);
          showMode(body.readingMode);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        if (attempt < 2) return load(attempt + 1);
        console.warn("could not load the lesson progress", error);
        // reading still works: sections can be marked read, the server keeps what was read before
        setLoaded(true);
      }
    };
    void load(0);
    return () => controller.abort();
  }, [lessonId]);

  const recordFirstTry = useCallback(
    (questionId: string, option: number) => {
      if (questionId in triesRef.current) return;
      const next = { ...triesRef.current, [questionId]: option };
      triesRef.current = next;
      setFirstTries(next);
      saveFirstTries(lessonId, next);
      const lessonRead = sectionIds.every((id) => read.has(id));
      const allAnswered = checkIds.every((id) => id in next);
      // the last answer came after the last section: the perfect bonus is decided now
      if (lessonRead && allAnswered)
        startTransition(async () => {
          const claimed = await claimLessonRewards({ lessonId, firstTries: next }).catch(() => null);
          if (claimed) setOutcome(claimed);
        });
    },
    [lessonId, sectionIds, checkIds, claimLessonRewards, read],
  );

  const markRead = useCallback(
    (sectionId: string) => {
      if (requested.current.has(sectionId)) return;
      requested.current.add(sectionId);
      setPending((p) => new Set(p).add(sectionId));
      setError(false);
      startTransition(async () => {
        const result = await markSectionRead({ lessonId, sectionId, firstTries: triesRef.current }).catch(() => null);
        setPending((p) => {
          const next = new Set(p);
          next.delete(sectionId);
          return next;
        });
        if (!result?.ok) {
          // let the learner try again with the button
          requested.current.delete(sectionId);
          setError(true);
          return;
        }
        setRead(new Set(result.readSectionIds));
        setOutcome(result.outcome);
      });
    },
    [lessonId, markSectionRead],
  );

  const value = useMemo(
    () => ({ loaded, read, firstTries, pending, error, markRead, recordFirstTry }),
    [loaded, read, firstTries, pending, error, markRead, recordFirstTry],
  );
  return (
    <Context value={value}>
      {children}
      <RewardToast outcome={outcome} />
    </Context>
  );
}
