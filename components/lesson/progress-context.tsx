"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { RewardToast } from "@/components/progress/reward-toast";
import type { RewardOutcome } from "@/lib/progress/types";
import type { ClaimLessonRewards, MarkSectionRead } from "./types";

/**
 * The learner's progress through one lesson on the page: which sections are read (server state,
 * confirmed by the server action), and the first choice on each "check yourself" question (kept in
 * localStorage, so a reload does not lose a perfect score). Shows the reward toast.
 */
interface LessonProgress {
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
  initialRead,
  markSectionRead,
  claimLessonRewards,
  children,
}: {
  lessonId: string;
  sectionIds: readonly string[];
  checkIds: readonly string[];
  initialRead: readonly string[];
  markSectionRead: MarkSectionRead;
  claimLessonRewards: ClaimLessonRewards;
  children: ReactNode;
}) {
  const [read, setRead] = useState<ReadonlySet<string>>(() => new Set(initialRead));
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const [firstTries, setFirstTries] = useState<Record<string, number>>({});
  const [error, setError] = useState(false);
  const [outcome, setOutcome] = useState<RewardOutcome | null>(null);
  const [, startTransition] = useTransition();
  const requested = useRef(new Set(initialRead));
  const triesRef = useRef(firstTries);

  useEffect(() => {
    const stored = loadFirstTries(lessonId);
    triesRef.current = stored;
    // localStorage exists only in the browser: read it after hydration, not during render
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFirstTries(stored);
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

  const value = useMemo(() => ({ read, firstTries, pending, error, markRead, recordFirstTry }), [read, firstTries, pending, error, markRead, recordFirstTry]);
  return (
    <Context value={value}>
      {children}
      <RewardToast outcome={outcome} />
    </Context>
  );
}
