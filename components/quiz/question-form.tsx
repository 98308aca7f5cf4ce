"use client";

import { useEffect, useId, type FormEvent, type ReactNode, type Ref } from "react";
import { useLocale, useTranslations } from "next-intl";
import { InlineText } from "@/components/content/inline-text";
import { inlinePlainText } from "@/lib/content/resolve";
import type { Locale } from "@/lib/i18n/locales";
import type { QuestionView } from "./api";
import { ChoiceList } from "./choice-list";
import { draftAnswer, numberKeyCount, pickByNumber, toggle, type Draft, type DraftProblem } from "./draft";
import { OrderingList } from "./ordering-list";

/** Keys typed into these go to the field, not to the quiz shortcuts. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["radio", "checkbox", "button", "submit"].includes(target.type);
}

/**
 * One question with its inputs. The draft answer is controlled by the parent (the exam keeps a
 * draft per question while the learner navigates). Number keys pick options while `active`.
 */
export function QuestionForm({
  question,
  draft,
  onDraftChange,
  problem,
  onSubmit,
  disabled,
  footer,
  active = true,
  headingRef,
  formRef,
  heading,
}: {
  question: QuestionView;
  draft: Draft;
  onDraftChange: (draft: Draft) => void;
  problem: DraftProblem | null;
  /** Called with a valid answer, or with the problem that keeps the draft from being one. */
  onSubmit: (outcome: ReturnType<typeof draftAnswer>) => void;
  disabled?: boolean;
  /** The submit button and whatever sits beside it. */
  footer: ReactNode;
  active?: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  formRef?: Ref<HTMLFormElement>;
  /** A line above the prompt, e.g. "Question 3 of 10". */
  heading?: ReactNode;
}) {
  const t = useTranslations("quiz.question");
  const locale = useLocale() as Locale;
  const problemId = useId();
  const promptId = useId();

  useEffect(() => {
    if (!active || disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const n = Number(event.key);
      if (Number.isInteger(n) && n >= 1 && n <= numberKeyCount(question)) {
        event.preventDefault();
        onDraftChange(pickByNumber(question, draft, n));
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active, disabled, question, draft, onDraftChange]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!disabled) onSubmit(draftAnswer(question, draft));
  };

  const text = (value: string) => <InlineText text={value} locale={locale} />;
  const problemText = problem
    ? problem.kind === "pickN"
      ? t("pickN", { count: problem.count })
      : t(problem.kind)
    : "";

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-describedby={problem ? problemId : undefined} data-testid="question-form">
      {heading}
      <h2 ref={headingRef} tabIndex={-1} id={promptId} className="text-lg leading-relaxed font-medium text-balance focus-visible:outline-none sm:text-xl">
        {text(question.prompt)}
      </h2>

      {question.type === "scenario-choice" ? (
        <p className="mt-4 rounded-xl bg-surface-2 px-4 py-3 text-sm">
          <span className="font-semibold">{t("goal")}: </span>
          {text(question.goal)}
        </p>
      ) : null}

      <fieldset className="mt-6" disabled={disabled} aria-describedby={promptId}>
        <legend className="mb-3 text-sm text-muted">{instruction(question, draft, t, locale)}</legend>
        <Inputs question={question} draft={draft} onDraftChange={onDraftChange} disabled={disabled} text={text} problemId={problem ? problemId : undefined} />
      </fieldset>

      <p id={problemId} aria-live="polite" className="mt-3 min-h-6 text-sm font-medium text-danger">
        {problemText}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">{footer}</div>
    </form>
  );
}

function instruction(question: QuestionView, draft: Draft, t: ReturnType<typeof useTranslations<"quiz.question">>, locale: Locale): string {
  switch (question.type) {
    case "single":
    case "true-false":
      return t("chooseOne");
    case "multi":
      return `${t("chooseN", { count: question.choose })} ${t("chosenOfN", { chosen: draft.type === "multi" ? draft.optionIds.length : 0, count: question.choose })}`;
    case "scenario-choice":
      return t("chooseAllThatMeet");
    case "numeric":
    case "scenario-numeric":
      return question.type === "scenario-numeric" ? t("asks", { asks: inlinePlainText(question.asks, locale) }) : t("answerLegend");
    case "ordering":
      return t("orderHint");
  }
}

function Inputs({
  question,
  draft,
  onDraftChange,
  disabled,
  text,
  problemId,
}: {
  question: QuestionView;
  draft: Draft;
  onDraftChange: (draft: Draft) => void;
  disabled?: boolean;
  text: (value: string) => ReactNode;
  problemId?: string;
}) {
  const t = useTranslations("quiz.question");
  const locale = useLocale() as Locale;
  const name = useId();
  const inputId = useId();

  switch (question.type) {
    case "single":
      return (
        <ChoiceList
          name={name}
          kind="radio"
          items={question.options.map((o) => ({ id: o.id, label: text(o.text) }))}
          selected={draft.type === "single" && draft.optionId ? [draft.optionId] : []}
          disabled={disabled}
          onToggle={(id) => onDraftChange({ type: "single", optionId: id })}
        />
      );
    case "multi":
    case "scenario-choice": {
      const items = question.type === "multi" ? question.options.map((o) => ({ id: o.id, label: text(o.text) })) : question.options.map((o) => ({ id: o.id, label: text(o.label) }));
      return (
        <ChoiceList
          name={name}
          kind="checkbox"
          items={items}
          selected={draft.type === question.type ? draft.optionIds : []}
          disabled={disabled}
          onToggle={(id) => draft.type === question.type && onDraftChange(toggle(draft, id))}
        />
      );
    }
    case "true-false":
      return (
        <ChoiceList
          name={name}
          kind="radio"
          items={[
            { id: "true", label: t("true") },
            { id: "false", label: t("false") },
          ]}
          selected={draft.type === "true-false" && draft.value !== null ? [String(draft.value)] : []}
          disabled={disabled}
          onToggle={(id) => onDraftChange({ type: "true-false", value: id === "true" })}
        />
      );
    case "numeric":
    case "scenario-numeric": {
      const value = draft.type === question.type ? draft.text : "";
      const unit = question.unitLabel;
      return (
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">
            {unit ? t("numberLabel", { unit }) : t("numberLabelNoUnit")}
          </label>
          <div className="mt-2 flex max-w-xs items-center gap-2">
            <input
              id={inputId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={value}
              disabled={disabled}
              aria-invalid={problemId ? true : undefined}
              aria-describedby={problemId}
              onChange={(e) => onDraftChange({ type: question.type, text: e.target.value })}
              className="w-full rounded-xl border border-border bg-surface px-4 py-3 text-lg tabular-nums aria-[invalid=true]:border-danger"
            />
            {unit ? <span className="shrink-0 text-muted">{unit}</span> : null}
          </div>
          <ToleranceHint tolerance={question.tolerance} locale={locale} />
        </div>
      );
    }
    case "ordering":
      return (
        <OrderingList
          items={question.items.map((i) => ({ id: i.id, text: inlinePlainText(i.text, locale), label: text(i.text) }))}
          order={draft.type === "ordering" ? draft.order : question.items.map((i) => i.id)}
          disabled={disabled}
          onChange={(order) => onDraftChange({ type: "ordering", order })}
        />
      );
  }
}

function ToleranceHint({ tolerance, locale }: { tolerance: { absolute?: number; relative?: number }; locale: Locale }) {
  const t = useTranslations("quiz.question");
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  if (tolerance.relative) return <p className="mt-2 text-sm text-muted">{t("toleranceRelative", { percent: format.format(tolerance.relative * 100) })}</p>;
  if (tolerance.absolute) return <p className="mt-2 text-sm text-muted">{t("tolerance", { value: format.format(tolerance.absolute) })}</p>;
  return null;
}
