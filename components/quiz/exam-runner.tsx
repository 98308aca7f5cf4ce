"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { RewardToast } from "@/components/progress/reward-toast";
import type { Locale } from "@/lib/i18n/locales";
import type { ExamOutcome } from "@/lib/quiz-session";
import { gradeExam, startAttempts, type StartedAttempt } from "./api";
import { primaryButton, secondaryButton } from "./buttons";
import { draftAnswer, emptyDraft, type Draft } from "./draft";
import { ExamNav, type NavItem } from "./exam-nav";
import { ExamResults } from "./exam-results";
import { QuestionForm } from "./question-form";
import { useFocusOnMount } from "./use-focus-on-mount";

interface Sheet {
  attempts: StartedAttempt[];
  drafts: Draft[];
  /** A draft counts as answered once the learner touched it (an untouched ordering is not an answer). */
  touched: boolean[];
  flagged: boolean[];
  /** One per attempt, fixed when the exam starts: re-grading after a failure never counts twice. */
  keys: string[];
  deadline: number;
}

type Phase =
  | { kind: "intro" | "starting" | "start-error" }
  | { kind: "running"; confirming: boolean }
  | { kind: "grading" | "grade-error"; timeUp: boolean }
  | { kind: "results"; outcome: ExamOutcome; timeUp: boolean };

function isAnswered(sheet: Sheet, i: number): boolean {
  return sheet.touched[i] === true && draftAnswer(sheet.attempts[i]!.question, sheet.drafts[i]!).ok;
}

/**
 * A timed exam on the same attempt and grading machinery as practice (mode "exam"): all attempts
 * start together, answers stay in the browser until the end, then one request grades them all.
 */
export function ExamRunner({ questionIds, minutes }: { questionIds: readonly string[]; minutes: number }) {
  const t = useTranslations("exam");
  const locale = useLocale() as Locale;
  const [phase, setPhase] = useState<Phase>({ kind: "intro" });
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [current, setCurrent] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const start = async () => {
    setPhase({ kind: "starting" });
    try {
      const attempts = await startAttempts(questionIds, "exam", locale);
      setSheet({
        attempts,
        drafts: attempts.map((a) => emptyDraft(a.question)),
        touched: attempts.map(() => false),
        flagged: attempts.map(() => false),
        keys: attempts.map(() => crypto.randomUUID()),
        deadline: Date.now() + minutes * 60_000,
      });
      setNow(Date.now());
      setCurrent(0);
      moved.current = true;
      setPhase({ kind: "running", confirming: false });
    } catch {
      setPhase({ kind: "start-error" });
    }
  };

  const grade = useCallback(
    async (timeUp: boolean) => {
      if (!sheet) return;
      setPhase({ kind: "grading", timeUp });
      const answers = sheet.attempts.flatMap((attempt, i) => {
        const draft = draftAnswer(attempt.question, sheet.drafts[i]!);
        return isAnswered(sheet, i) && draft.ok ? [{ attemptId: attempt.attemptId, answer: draft.answer, idempotencyKey: sheet.keys[i]! }] : [];
      });
      try {
        const outcome = await gradeExam(
          sheet.attempts.map((a) => a.attemptId),
          answers,
          locale,
        );
        setPhase({ kind: "results", outcome, timeUp });
      } catch {
        setPhase({ kind: "grade-error", timeUp });
      }
    },
    [sheet, locale],
  );

  const running = phase.kind === "running";
  const deadline = sheet?.deadline;
  const latestGrade = useRef(grade);
  useEffect(() => {
    latestGrade.current = grade;
  });
  useEffect(() => {
    if (!running || deadline === undefined) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= deadline) void latestGrade.current(true);
    }, 1000);
    return () => clearInterval(timer);
  }, [running, deadline]);

  useEffect(() => {
    if (moved.current && running) {
      moved.current = false;
      heading.current?.focus();
    }
  }, [current, running]);

  const go = (i: number) => {
    moved.current = true;
    setCurrent(i);
  };

  if (phase.kind === "results" && sheet) {
    return (
      <>
        <RewardToast outcome={phase.outcome.reward} />
        <ExamResults attempts={sheet.attempts} outcome={phase.outcome} timeUp={phase.timeUp} />
      </>
    );
  }

  if (!sheet || phase.kind === "intro" || phase.kind === "starting" || phase.kind === "start-error") {
    return (
      <section aria-labelledby="exam-intro" className="max-w-2xl rounded-2xl border border-border bg-surface p-6 sm:p-8">
        <h2 id="exam-intro" className="text-xl font-semibold">
          {t("intro.heading")}
        </h2>
        <ul className="mt-4 grid list-disc gap-2 pl-5 leading-relaxed text-muted marker:text-accent">
          <li>{t("intro.questions", { count: questionIds.length })}</li>
          <li>{t("intro.time", { minutes })}</li>
          <li>{t("intro.navigate")}</li>
          <li>{t("intro.grading")}</li>
        </ul>
        <button type="button" onClick={start} disabled={phase.kind === "starting"} className={`${primaryButton} mt-6`} data-testid="exam-start">
          {t(phase.kind === "starting" ? "intro.starting" : "intro.start")}
        </button>
        {phase.kind === "start-error" ? (
          <p role="alert" className="mt-4 text-danger">
            {t("intro.startError")}
          </p>
        ) : null}
      </section>
    );
  }

  const total = sheet.attempts.length;
  const answeredCount = sheet.attempts.filter((_, i) => isAnswered(sheet, i)).length;
  const flaggedCount = sheet.flagged.filter(Boolean).length;
  const attempt = sheet.attempts[current]!;
  const update = (patch: (s: Sheet) => Sheet) => setSheet((s) => (s ? patch(s) : s));
  const navItems: NavItem[] = sheet.attempts.map((_, i) => ({ answered: isAnswered(sheet, i), flagged: sheet.flagged[i] === true }));
  const busy = phase.kind === "grading";

  return (
    <div className="grid gap-6">
      <ExamBar deadline={sheet.deadline} now={now} answered={answeredCount} total={total} onSubmit={() => setPhase({ kind: "running", confirming: true })} disabled={!running} />

      {phase.kind === "running" && phase.confirming ? (
        <ConfirmSubmit
          unanswered={total - answeredCount}
          flagged={flaggedCount}
          onSubmit={() => void grade(false)}
          onCancel={() => setPhase({ kind: "running", confirming: false })}
        />
      ) : null}

      {phase.kind === "grading" || phase.kind === "grade-error" ? (
        <div role={phase.kind === "grade-error" ? "alert" : "status"} className="rounded-2xl border border-border bg-surface p-6">
          <p className={phase.kind === "grade-error" ? "text-danger" : ""}>{phase.kind === "grading" ? t("grading") : t("gradeError")}</p>
          {phase.kind === "grade-error" ? (
            <button type="button" className={`${secondaryButton} mt-4`} onClick={() => void grade(phase.timeUp)}>
              {t("retry")}
            </button>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[1fr_16rem] lg:items-start">
        <div className="min-w-0">
          <QuestionForm
            key={attempt.attemptId}
            question={attempt.question}
            draft={sheet.drafts[current]!}
            onDraftChange={(draft) =>
              update((s) => ({ ...s, drafts: s.drafts.map((d, i) => (i === current ? draft : d)), touched: s.touched.map((x, i) => x || i === current) }))
            }
            problem={null}
            disabled={!running}
            active={running && !(phase.kind === "running" && phase.confirming)}
            headingRef={heading}
            heading={<p className="mb-3 text-sm font-medium text-muted">{t("question.heading", { current: current + 1, total })}</p>}
            onSubmit={() => current + 1 < total && go(current + 1)}
            footer={
              <>
                <button type="button" className={secondaryButton} disabled={current === 0 || busy} onClick={() => go(current - 1)}>
                  {t("question.previous")}
                </button>
                <button type="submit" className={primaryButton} disabled={current + 1 >= total || busy} data-testid="exam-next">
                  {t("question.next")}
                </button>
                <button
                  type="button"
                  aria-pressed={sheet.flagged[current]}
                  disabled={busy}
                  onClick={() => update((s) => ({ ...s, flagged: s.flagged.map((f, i) => (i === current ? !f : f)) }))}
                  className={`${secondaryButton} aria-pressed:border-warning aria-pressed:bg-warning-soft`}
                >
                  <FlagIcon />
                  <span className="ml-2">{t(sheet.flagged[current] ? "question.unflag" : "question.flag")}</span>
                </button>
              </>
            }
          />
        </div>
        <ExamNav items={navItems} current={current} onGo={go} />
      </div>
    </div>
  );
}

function ExamBar({ deadline, now, answered, total, onSubmit, disabled }: { deadline: number; now: number; answered: number; total: number; onSubmit: () => void; disabled: boolean }) {
  const t = useTranslations("exam.bar");
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
  const minutes = Math.floor(left / 60);
  const seconds = left % 60;
  const low = left <= 5 * 60;
  return (
    // Sticks just below the sticky site header (two rows below md, one row from md), so the timer stays in view.
    <div className="sticky top-[97px] z-20 -mx-4 md:top-[57px] flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-border bg-bg/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-2xl sm:border sm:px-5">
      <p className="flex items-baseline gap-2">
        <span className="text-sm text-muted">{t("timeLeft")}</span>
        <span
          role="timer"
          aria-label={t("timerLabel", { minutes, seconds })}
          className={`font-mono text-xl font-semibold tabular-nums ${low ? "text-danger" : ""}`}
          data-testid="exam-timer"
        >
          {String(minutes).padStart(2, "0")}:{String(seconds).padStart(2, "0")}
        </span>
      </p>
      <p className="text-sm text-muted">{t("answered", { answered, total })}</p>
      <button type="button" onClick={onSubmit} disabled={disabled} className={`${primaryButton} ml-auto`} data-testid="exam-submit">
        {t("submit")}
      </button>
    </div>
  );
}

function FlagIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinejoin="round">
      <path d="M5 17V3.5M5 4h9l-2 3.5 2 3.5H5" />
    </svg>
  );
}

function ConfirmSubmit({ unanswered, flagged, onSubmit, onCancel }: { unanswered: number; flagged: number; onSubmit: () => void; onCancel: () => void }) {
  const t = useTranslations("exam.confirm");
  const submit = useFocusOnMount<HTMLButtonElement>();
  return (
    <section role="alertdialog" aria-labelledby="exam-confirm" className="rounded-2xl border border-warning/50 bg-warning-soft p-6" data-testid="exam-confirm">
      <h2 id="exam-confirm" className="font-semibold">
        {unanswered > 0 ? t("unanswered", { count: unanswered }) : t("ready")}
      </h2>
      {flagged > 0 ? <p className="mt-1">{t("flagged", { count: flagged })}</p> : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={primaryButton} onClick={onSubmit} ref={submit} data-testid="exam-confirm-submit">
          {t("submit")}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </section>
  );
}
