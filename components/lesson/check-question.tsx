"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useLessonProgress } from "./progress-context";

/**
 * One "check yourself" question: pick an option, check it, then see whether it was right and why
 * every option is right or wrong. The first choice is recorded for the lesson's perfect score; the
 * learner may then pick again to explore the other explanations.
 */
export function CheckQuestion({
  questionId,
  prompt,
  options,
  correct,
}: {
  questionId: string;
  /** rendered on the server in the reading mode's language(s) */
  prompt: ReactNode;
  options: readonly { text: ReactNode; explanation: ReactNode }[];
  correct: number;
}) {
  const t = useTranslations("learn.check");
  const { firstTries, recordFirstTry } = useLessonProgress();
  const [selected, setSelected] = useState<number | null>(null);
  const [checked, setChecked] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const name = `check-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const firstTry = firstTries[questionId];
  // after a reload, a question answered before shows its first answer
  const shown = checked ?? firstTry ?? null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (selected === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setChecked(selected);
    recordFirstTry(questionId, selected);
  }

  return (
    <form onSubmit={submit} className="rounded-2xl border border-border bg-surface p-5 sm:p-6" data-testid={`check-${questionId}`}>
      <fieldset>
        <legend className="mb-4 font-medium text-pretty">{prompt}</legend>
        <ul className="space-y-2">
          {options.map((option, i) => {
            const revealed = shown !== null;
            const isCorrect = i === correct;
            const tone = !revealed
              ? "border-border hover:bg-surface-2"
              : isCorrect
                ? "border-success bg-success-soft"
                : i === shown
                  ? "border-danger bg-danger-soft"
                  : "border-border";
            return (
              <li key={i}>
                <label className={`flex cursor-pointer gap-3 rounded-xl border p-3 transition-colors has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${tone}`}>
                  <input
                    type="radio"
                    name={name}
                    value={i}
                    checked={(selected ?? shown) === i}
                    onChange={() => setSelected(i)}
                    className="mt-1.5 size-4 shrink-0 accent-accent focus-visible:outline-none"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="block">{option.text}</span>
                    {revealed ? (
                      <span className="mt-1 block text-sm text-muted">
                        <span className={`font-semibold ${isCorrect ? "text-success" : "text-danger"}`}>
                          {isCorrect ? t("rightOption") : t("wrongOption")}
                        </span>{" "}
                        {option.explanation}
                      </span>
                    ) : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="submit" className="rounded-full bg-accent px-5 py-2 font-medium text-accent-fg transition hover:opacity-90">
          {shown === null ? t("submit") : t("submitAgain")}
        </button>
        <p aria-live="polite" className="text-sm font-medium">
          {missing ? (
            <span className="text-warning">{t("pickFirst")}</span>
          ) : shown !== null ? (
            <span className={shown === correct ? "text-success" : "text-danger"}>{shown === correct ? t("correct") : t("incorrect")}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
