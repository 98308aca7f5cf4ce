"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import type { MarkSectionReadResult, MarkSectionRead } from "./types";

/**
 * The learner's progress through one lesson on the page: which sections are read (server state,
 * updated optimistically), and the first choice on each "check yourself" question (kept in
 * localStorage until the lesson is complete, so a reload does not lose a perfect score).
 */
interface LessonProgress {
  read: ReadonlySet<string>;
  firstTries: Readonly<Record<string, number>>;
  /** a section whose completion the server has not yet confirmed */
  pending: ReadonlySet<string>;
  error: boolean;
  lastResult: MarkSectionReadResult | null;
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
    // storage full or disabled: nothing else to do
  }
}

export function LessonProgressProvider({
  lessonId,
  initialRead,
  markSectionRead,
  children,
}: {
  lessonId: string;
  initialRead: readonly string[];
  markSectionRead: MarkSectionRead;
  children: ReactNode;
}) {
  const [read, setRead] = useState<ReadonlySet<string>>(() => new Set(initialRead));
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const [firstTries, setFirstTries] = useState<Record<string, number>>({});
  const [error, setError] = useState(false);
  const [lastResult, setLastResult] = useState<MarkSectionReadResult | null>(null);
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
    },
    [lessonId],
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
        setLastResult(result);
      });
    },
    [lessonId, markSectionRead],
  );

  const value = useMemo(
    () => ({ read, firstTries, pending, error, lastResult, markRead, recordFirstTry }),
    [read, firstTries, pending, error, lastResult, markRead, recordFirstTry],
  );
  return <Context value={value}>{children}</Context>;
}
