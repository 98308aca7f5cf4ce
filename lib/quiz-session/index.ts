/**
 * lib/quiz-session: putting questions to a learner and grading their answers, stored per learner.
 * Server-only: it reads the question bank (answer keys) and the database.
 */
export { startAttempts, type StartedAttempt, type StartedAttempts } from "./attempts";
export { submit, type Submission, type SubmitOutcome } from "./submit";
export { questionSet, dailySet, examSet, mistakesSet, DAILY_SET_SIZE, EXAM_SET_SIZE, EXAM_MINUTES, type SetSpec } from "./sets";
export { resultView, type ResultView, type EvidenceView, type Localized } from "./view";
export { startInputSchema, submitInputSchema, examInputSchema, finishInputSchema, quizModes, type QuizMode, type StartInput, type SubmitInput, type ExamInput } from "./schemas";
export { submitExam, type ExamSubmission, type ExamOutcome } from "./exam";
export { finishSet, setIdOf } from "./finish";
export { AttemptNotFoundError, IdempotencyKeyReusedError, UnknownQuestionError } from "./errors";
export { parseSetQuery, type SetQuery } from "./query";
export { chooserData, type ChooserData } from "./chooser";
