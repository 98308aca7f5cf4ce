"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { inlinePlainText } from "@/lib/content/resolve";
import type { Locale } from "@/lib/i18n/locales";
import type { ExamOutcome } from "@/lib/quiz-session";
import type { StartedAttempt } from "./api";
import { primaryButton, secondaryButton } from "./buttons";
import { ResultPanel } from "./result-panel";
import { useFocusOnMount } from "./use-focus-on-mount";

/** The exam's score against the passing line, then every question with its verdict and explanation. */
export function ExamResults({ attempts, outcome, timeUp }: { attempts: readonly StartedAttempt[]; outcome: ExamOutcome; timeUp: boolean }) {
  const t = useTranslations("exam");
  const locale = useLocale() as Locale;
  const percent = Math.round((outcome.correct / Math.max(1, outcome.total)) * 100);
  const passed = percent >= 75;
  const heading = useFocusOnMount<HTMLHeadingElement>();

  return (
    <div className="grid gap-8" data-testid="exam-results">
      <section aria-labelledby="exam-score" className="rounded-2xl border border-border bg-surface p-6 sm:p-8">
        {timeUp ? <p className="mb-3 font-medium text-warning">{t("timeUp")}</p> : null}
        <h2 id="exam-score" tabIndex={-1} ref={heading} className="text-2xl font-semibold focus-visible:outline-none">
          {t("results.heading")}
        </h2>
        <p className="mt-3 text-3xl font-semibold tabular-nums">{t("results.score", { correct: outcome.correct, total: outcome.total, percent })}</p>
        <div className="mt-4 h-2 overflow-hidden rounded-full bg-surface-2" aria-hidden="true">
          <div className={`h-full rounded-full ${passed ? "bg-success" : "bg-danger"}`} style={{ width: `${percent}%` }} />
        </div>
        <p className={`mt-3 font-medium ${passed ? "text-success" : "text-danger"}`}>{t(passed ? "results.passed" : "results.below")}</p>
        <p className="mt-1 text-sm text-muted">{t("results.passLine")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/exam" className={primaryButton}>
            {t("results.again")}
          </Link>
          <Link href={{ pathname: "/quiz", query: { set: "mistakes" } }} className={secondaryButton}>
            {t("results.practiseMistakes")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="exam-review">
        <h2 id="exam-review" className="text-xl font-semibold">
          {t("results.review")}
        </h2>
        <ol className="mt-4 grid gap-3">
          {outcome.results.map(({ attemptId, result }, i) => {
            const attempt = attempts.find((a) => a.attemptId === attemptId);
            if (!attempt) return null;
            return (
              <li key={attemptId}>
                {result ? (
                  <details className="group rounded-2xl border border-border bg-surface" data-testid="exam-review-item">
                    <summary className="flex cursor-pointer list-none items-start gap-3 p-4 sm:p-5">
                      <ReviewLine number={i + 1} verdict={t(result.correct ? "results.correct" : "results.incorrect")} correct={result.correct} prompt={attempt.question.prompt} locale={locale} />
                    </summary>
                    <div className="px-4 pb-5 sm:px-5">
                      <ResultPanel question={attempt.question} result={result} headingLevel={3} />
                    </div>
                  </details>
                ) : (
                  // Nothing was answered, so there is nothing to review but the question itself.
                  <div className="flex items-start gap-3 rounded-2xl border border-border bg-surface p-4 sm:p-5" data-testid="exam-review-item">
                    <ReviewLine number={i + 1} verdict={t("results.unanswered")} correct={false} prompt={attempt.question.prompt} locale={locale} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

function ReviewLine({ number, verdict, correct, prompt, locale }: { number: number; verdict: string; correct: boolean; prompt: string; locale: Locale }) {
  const tone = correct ? "text-success" : "text-danger";
  return (
    <>
      <span className={`w-7 shrink-0 font-semibold tabular-nums ${tone}`}>{number}.</span>
      <span className="min-w-0 flex-1">
        <span className={`mr-2 text-sm font-semibold ${tone}`}>{verdict}</span>
        {/* Plain text: glossary links inside a <summary> would nest interactive elements. */}
        <span className="line-clamp-2 text-muted group-open:line-clamp-none">{inlinePlainText(prompt, locale)}</span>
      </span>
    </>
  );
}
