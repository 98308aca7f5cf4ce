"use client";

import { useId, type ReactNode, type Ref } from "react";
import { useLocale, useTranslations } from "next-intl";
import { InlineText } from "@/components/content/inline-text";
import { TimelineChart } from "@/components/sim/timeline-chart";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultView } from "@/lib/quiz-session";
import type { QuestionView } from "./api";

type Evidence = ResultView["evidence"];

/**
 * The verdict and its evidence: the general explanation, the chosen and the correct options'
 * explanations, and for scenario questions the simulated timeline with the deciding moment and a
 * link that opens the same scenario in the simulator.
 */
export function ResultPanel({
  question,
  result,
  headingRef,
  footer,
  headingLevel = 2,
}: {
  question: QuestionView;
  result: ResultView;
  headingRef?: Ref<HTMLHeadingElement>;
  footer?: ReactNode;
  /** 3 where the panel sits under another heading (the exam's review list). */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("quiz.result");
  const locale = useLocale() as Locale;
  const text = (value: string) => <InlineText text={value} locale={locale} />;
  const { evidence } = result;
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";

  return (
    <section aria-labelledby={headingId} className="mt-8 border-t border-border pt-8" data-testid="quiz-result" data-correct={result.correct}>
      <Heading
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className={`flex items-center gap-2 text-2xl font-semibold focus-visible:outline-none ${result.correct ? "text-success" : "text-danger"}`}
      >
        <VerdictIcon correct={result.correct} />
        {t(result.correct ? "correct" : "incorrect")}
      </Heading>

      <div className="mt-5 grid gap-5">
        <Details question={question} result={result} evidence={evidence} text={text} />

        <div>
          <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{t("explanation")}</h3>
          <p className="mt-2 leading-relaxed" data-testid="quiz-explanation">
            {text(evidence.explanation)}
          </p>
        </div>

        {result.chart ? (
          <div className="rounded-2xl border border-border bg-surface p-4 sm:p-6" data-testid="quiz-chart">
            <TimelineChart data={result.chart} title={t("chartTitle")} />
          </div>
        ) : null}

        {result.simulatorScenario ? (
          <p>
            <Link
              href={{ pathname: "/simulator", query: { scenario: result.simulatorScenario } }}
              className="font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
              data-testid="quiz-simulator-link"
            >
              {t("tryInSimulator")}
            </Link>
          </p>
        ) : null}
      </div>
      {footer ? <div className="mt-8 flex flex-wrap items-center gap-3">{footer}</div> : null}
    </section>
  );
}

function Details({ question, result, evidence, text }: { question: QuestionView; result: ResultView; evidence: Evidence; text: (v: string) => ReactNode }) {
  const t = useTranslations("quiz.result");
  const tQuestion = useTranslations("quiz.question");
  switch (evidence.type) {
    case "single":
    case "multi": {
      // Shown in the order the learner saw them; only the chosen and the correct ones are explained.
      const order = "options" in question ? question.options.map((o) => o.id) : [];
      const options = [...evidence.options].filter((o) => o.chosen || o.correct).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
      return (
        <ul className="grid gap-3">
          {options.map((o) => (
            <OptionCard key={o.id} title={text(o.text)} correct={o.correct} chosen={o.chosen} explanation={text(o.explanation)} />
          ))}
        </ul>
      );
    }
    case "true-false": {
      const tq = tQuestion;
      const given = result.given.type === "true-false" ? result.given.value : null;
      return (
        <p className="leading-relaxed">
          {t(evidence.statementIsTrue ? "statementTrue" : "statementFalse")}{" "}
          {given !== null ? <span className="text-muted">{t("answeredValue", { value: tq(given ? "true" : "false") })}</span> : null}
        </p>
      );
    }
    case "numeric":
    case "scenario-numeric": {
      const figures = result.figures;
      if (!figures) return null;
      return (
        <div className="grid gap-3">
          <dl className="grid gap-3 sm:grid-cols-2">
            <Figure label={t("yourAnswer")} value={figures.given} tone={result.correct ? "success" : "danger"} />
            <Figure label={t("correctAnswer")} value={figures.expected} tone="success" note={`${figures.min} – ${figures.max}`} />
          </dl>
          {evidence.type === "scenario-numeric" ? <p className="leading-relaxed">{text(evidence.measure.sentence)}</p> : null}
        </div>
      );
    }
    case "ordering":
      return (
        <div>
          <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{t("correctOrder")}</h3>
          <ol className="mt-3 grid gap-3">
            {evidence.items.map((item) => (
              <li key={item.id} className="rounded-xl border border-border bg-surface px-4 py-3">
                <p className="flex gap-3">
                  <span className="w-6 shrink-0 text-center font-semibold tabular-nums">{item.position + 1}</span>
                  <span className="flex-1">
                    {text(item.text)}
                    {item.givenPosition !== item.position ? (
                      <span className="ml-2 text-sm text-danger">({t("yourPosition", { position: item.givenPosition + 1 })})</span>
                    ) : null}
                  </span>
                </p>
                <p className="mt-1 ml-9 text-sm leading-relaxed text-muted">{text(item.explanation)}</p>
              </li>
            ))}
          </ol>
        </div>
      );
    case "scenario-choice": {
      const order = "options" in question ? question.options.map((o) => o.id) : [];
      const options = [...evidence.options].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
      return (
        <div className="grid gap-4">
          <p className="rounded-xl bg-surface-2 px-4 py-3 text-sm leading-relaxed">
            {text(t("goal", { goal: evidence.goal.text }))}
            <br />
            {text(t("baseline", { sentence: evidence.baseline.sentence }))}
          </p>
          {options.every((o) => !o.chosen) ? <p className="text-muted">{t("noneChosen")}</p> : null}
          <ul className="grid gap-3">
            {options.map((o) => (
              <OptionCard
                key={o.id}
                title={text(o.label)}
                correct={o.correct}
                chosen={o.chosen}
                status={t(o.correct ? "meetsGoal" : "missesGoal")}
                evidence={text(o.outcome.sentence)}
                explanation={text(o.explanation)}
                link={
                  <Link
                    href={{ pathname: "/simulator", query: { scenario: o.simulatorScenario } }}
                    className="text-sm font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
                  >
                    {t("tryOptionInSimulator")}
                  </Link>
                }
              />
            ))}
          </ul>
        </div>
      );
    }
  }
}

function OptionCard({
  title,
  correct,
  chosen,
  explanation,
  status,
  evidence,
  link,
}: {
  title: ReactNode;
  correct: boolean;
  chosen: boolean;
  explanation: ReactNode;
  status?: string;
  evidence?: ReactNode;
  link?: ReactNode;
}) {
  const t = useTranslations("quiz.result");
  const tone = correct ? "border-success/50 bg-success-soft" : chosen ? "border-danger/50 bg-danger-soft" : "border-border bg-surface";
  return (
    <li className={`rounded-xl border px-4 py-3 ${tone}`} data-testid="quiz-option-feedback" data-correct={correct} data-chosen={chosen}>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium" data-testid="quiz-option-label">{title}</span>
        <span className="flex flex-wrap gap-2 text-xs font-semibold">
          {chosen ? <Badge tone={correct ? "success" : "danger"}>{t("yourChoice")}</Badge> : null}
          {status ? <Badge tone={correct ? "success" : "muted"}>{status}</Badge> : correct ? <Badge tone="success">{t("rightOption")}</Badge> : null}
        </span>
      </p>
      {evidence ? <p className="mt-1 text-sm font-medium">{evidence}</p> : null}
      <p className="mt-1 text-sm leading-relaxed text-muted">{explanation}</p>
      {link ? <p className="mt-2">{link}</p> : null}
    </li>
  );
}

function Badge({ tone, children }: { tone: "success" | "danger" | "muted"; children: ReactNode }) {
  const colors = { success: "text-success", danger: "text-danger", muted: "text-muted" }[tone];
  return <span className={`rounded-full border border-current px-2 py-0.5 ${colors}`}>{children}</span>;
}

function Figure({ label, value, tone, note }: { label: string; value: string; tone: "success" | "danger"; note?: string }) {
  return (
    <div className="rounded-xl border border-border bg-surface px-4 py-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className={`mt-1 text-xl font-semibold tabular-nums ${tone === "success" ? "text-success" : "text-danger"}`}>{value}</dd>
      {note ? <dd className="text-sm text-muted tabular-nums">{note}</dd> : null}
    </div>
  );
}

function VerdictIcon({ correct }: { correct: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="12" cy="12" r="10" />
      {correct ? <path d="M7.5 12.5l3 3 6-6.5" /> : <path d="M9 9l6 6M15 9l-6 6" />}
    </svg>
  );
}
