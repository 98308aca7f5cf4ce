"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { RewardToast } from "@/components/progress/reward-toast";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { RewardOutcome } from "@/lib/progress";
import type { QuizMode } from "@/lib/quiz-session";
import { finishSet, gradeAnswer, startAttempts, type GradeResponse, type StartedAttempt } from "./api";
import { primaryButton, secondaryButton } from "./buttons";
import { emptyDraft, numberKeyCount, type Draft, type DraftProblem } from "./draft";
import { QuestionForm } from "./question-form";
import { ResultPanel } from "./result-panel";
import { useEnterKey } from "./use-enter-key";
import { useFocusOnMount } from "./use-focus-on-mount";

type Phase =
  | { kind: "loading" }
  | { kind: "load-error" }
  | { kind: "answering"; attempt: StartedAttempt; submitting: boolean; sendError: boolean }
  | { kind: "answered"; attempt: StartedAttempt; graded: GradeResponse }
  | { kind: "finished" };

/**
 * A practice session: one question at a time, graded on the server right after each answer.
 * Each question is a fresh attempt (new parameters for scenario questions). The next attempt is
 * fetched while the learner reads the result, so "Next" is instant.
 */
export function QuizRunner({ questionIds, mode }: { questionIds: readonly string[]; mode: QuizMode }) {
  const t = useTranslations("quiz");
  const locale = useLocale() as Locale;
  const [index, setIndex] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [reward, setReward] = useState<RewardOutcome | null>(null);
  const [score, setScore] = useState({ correct: 0, answered: 0 });
  const [round, setRound] = useState(0);
  const answeredIds = useRef<string[]>([]);
  const prefetched = useRef(new Map<number, Promise<StartedAttempt>>());
  const idempotencyKey = useRef<string | null>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const moveFocusToQuestion = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  const attemptFor = useCallback(
    (i: number): Promise<StartedAttempt> => {
      let pending = prefetched.current.get(i);
      if (!pending) {
        pending = startAttempts([questionIds[i]!], mode, locale).then(([attempt]) => attempt!);
        // A failed fetch is not cached: "try again" asks anew.
        pending.catch(() => prefetched.current.delete(i));
        prefetched.current.set(i, pending);
      }
      return pending;
    },
    [questionIds, mode, locale],
  );

  useEffect(() => {
    let cancelled = false;
    attemptFor(index).then(
      (attempt) => {
        if (cancelled) return;
        idempotencyKey.current = null;
        setDraft(emptyDraft(attempt.question));
        setProblem(null);
        setPhase({ kind: "answering", attempt, submitting: false, sendError: false });
      },
      () => !cancelled && setPhase({ kind: "load-error" }),
    );
    return () => {
      cancelled = true;
    };
  }, [attemptFor, index, round]);

  useEffect(() => {
    if (phase.kind === "answering" && moveFocusToQuestion.current) {
      moveFocusToQuestion.current = false;
      questionHeading.current?.focus();
    }
    if (phase.kind === "answered") resultHeading.current?.focus();
  }, [phase.kind]);

  const submit = async (attempt: StartedAttempt, answer: unknown) => {
    idempotencyKey.current ??= crypto.randomUUID();
    setPhase({ kind: "answering", attempt, submitting: true, sendError: false });
    try {
      const graded = await gradeAnswer(attempt.attemptId, answer, idempotencyKey.current, locale);
      // A wrong answer is recorded as study (streaks) but earns nothing worth announcing.
      const { reward } = graded;
      setReward(reward.granted && (reward.expGained > 0 || reward.newBadges.length > 0 || reward.newTitles.length > 0) ? reward : null);
      if (!answeredIds.current.includes(attempt.attemptId)) answeredIds.current.push(attempt.attemptId);
      if (!graded.replayed) setScore((s) => ({ correct: s.correct + (graded.result.correct ? 1 : 0), answered: s.answered + 1 }));
      setPhase({ kind: "answered", attempt, graded });
      if (index + 1 < questionIds.length) void attemptFor(index + 1).catch(() => undefined);
    } catch {
      setPhase({ kind: "answering", attempt, submitting: false, sendError: true });
    }
  };

  const next = () => {
    if (index + 1 >= questionIds.length) {
      setPhase({ kind: "finished" });
      // A perfect set is rewarded on the server from the stored verdicts; failing to report it loses nothing else.
      finishSet(answeredIds.current).then((perfect) => perfect && setReward(perfect), () => undefined);
      return;
    }
    moveFocusToQuestion.current = true;
    setPhase({ kind: "loading" });
    setIndex(index + 1);
  };

  const restart = () => {
    prefetched.current.clear();
    answeredIds.current = [];
    setScore({ correct: 0, answered: 0 });
    setPhase({ kind: "loading" });
    setIndex(0);
    setRound((r) => r + 1);
  };

  useEnterKey(
    phase.kind === "answered" ? next : phase.kind === "answering" && !phase.submitting ? () => form.current?.requestSubmit() : null,
  );

  const progress = (
    <div className="mb-6">
      <p className="text-sm font-medium text-muted" aria-live="polite">
        {t("runner.progress", { current: Math.min(index + 1, questionIds.length), total: questionIds.length })}
      </p>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-surface-2" aria-hidden="true">
        <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${(index / questionIds.length) * 100}%` }} />
      </div>
    </div>
  );

  return (
    <div className="max-w-3xl">
      <RewardToast outcome={reward} />
      {phase.kind === "finished" ? (
        <Summary score={score} onRestart={restart} />
      ) : (
        <>
          {progress}
          {phase.kind === "loading" ? (
            <div role="status" className="grid gap-4" aria-label={t("runner.loading")}>
              <div className="h-7 w-3/4 animate-pulse rounded-lg bg-surface-2" />
              <div className="h-14 animate-pulse rounded-xl bg-surface-2" />
              <div className="h-14 animate-pulse rounded-xl bg-surface-2" />
              <div className="h-14 animate-pulse rounded-xl bg-surface-2" />
            </div>
          ) : null}
          {phase.kind === "load-error" ? (
            <div role="alert" className="rounded-2xl border border-border bg-danger-soft p-6">
              <p className="font-medium text-danger">{t("runner.loadError")}</p>
              <button type="button" onClick={() => setRound((r) => r + 1)} className={`${secondaryButton} mt-4`}>
                {t("runner.retry")}
              </button>
            </div>
          ) : null}
          {(phase.kind === "answering" || phase.kind === "answered") && draft ? (
            <>
              <QuestionForm
                key={phase.attempt.attemptId}
                question={phase.attempt.question}
                draft={draft}
                onDraftChange={(d) => {
                  setDraft(d);
                  setProblem(null);
                }}
                problem={problem}
                disabled={phase.kind === "answered" || (phase.kind === "answering" && phase.submitting)}
                active={phase.kind === "answering"}
                headingRef={questionHeading}
                formRef={form}
                onSubmit={(outcome) => (outcome.ok ? void submit(phase.attempt, outcome.answer) : setProblem(outcome.problem))}
                footer={
                  phase.kind === "answering" ? (
                    <>
                      <button type="submit" className={primaryButton} disabled={phase.submitting} data-testid="quiz-submit">
                        {t(phase.submitting ? "runner.submitting" : "runner.submit")}
                      </button>
                      <KeyboardHint count={numberKeyCount(phase.attempt.question)} />
                      {phase.sendError ? (
                        <p role="alert" className="w-full text-sm text-danger">
                          {t("runner.submitError")}
                        </p>
                      ) : null}
                    </>
                  ) : null
                }
              />
              {phase.kind === "answered" ? (
                <ResultPanel
                  question={phase.attempt.question}
                  result={phase.graded.result}
                  headingRef={resultHeading}
                  footer={
                    <button type="button" onClick={next} className={primaryButton} data-testid="quiz-next">
                      {t(index + 1 >= questionIds.length ? "runner.finish" : "runner.next")}
                    </button>
                  }
                />
              ) : null}
            </>
          ) : null}
        </>
      )}
    </div>
  );
}

function KeyboardHint({ count }: { count: number }) {
  const t = useTranslations("quiz.runner");
  return <p className="hidden text-sm text-muted sm:block">{count > 0 ? t("keyboardHint", { count }) : t("keyboardHintNoOptions")}</p>;
}

function Summary({ score, onRestart }: { score: { correct: number; answered: number }; onRestart: () => void }) {
  const t = useTranslations("quiz.summary");
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="quiz-summary" className="rounded-2xl border border-border bg-surface p-6 sm:p-8" data-testid="quiz-summary">
      <h2 id="quiz-summary" tabIndex={-1} ref={heading} className="text-2xl font-semibold focus-visible:outline-none">
        {t("title")}
      </h2>
      <p className="mt-3 text-lg">{t("score", { correct: score.correct, total: score.answered })}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={onRestart} className={primaryButton}>
          {t("again")}
        </button>
        <Link href={{ pathname: "/quiz", query: { set: "mistakes" } }} className={secondaryButton}>
          {t("reviewMistakes")}
        </Link>
        <Link href="/quiz" className={secondaryButton}>
          {t("allSets")}
        </Link>
      </div>
    </section>
  );
}
