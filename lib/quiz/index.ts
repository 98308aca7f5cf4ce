/**
 * lib/quiz: the question bank and its grading. Pure (no database, no React); scenario questions are
 * graded by simulating with lib/sim. Server-only: the bank holds the answer keys. What the browser
 * may see before answering comes from `publicQuestion`.
 */
export { getQuestions, getQuestion, loadQuestionBank, questionFiles, QuestionBankError, type QuestionFilter } from "./bank";
export {
  questionSchema,
  questionFileSchema,
  topics,
  domains,
  questionStyles,
  trickyFacts,
  questionTypes,
  isScenarioQuestion,
  type Question,
  type QuestionType,
  type ScenarioQuestion,
  type Topic,
  type Domain,
  type QuestionStyle,
  type TrickyFact,
  type Tolerance,
  type Goal,
  type PatchOp,
} from "./schema";
export {
  drawParameters,
  instantiateScenario,
  applyPatch,
  checkParameters,
  extremeParameters,
  parameterValues,
  InvalidAttemptError,
  PatchError,
  type Params,
} from "./instantiate";
export { measure, measures, MeasureError, type MeasureValue } from "./measures";
export { measureCatalogue, measureNames, type MeasureName, type MeasureRef, type CompareOp } from "./catalogue";
export { answerSchema, answerSchemas, parseAnswer, InvalidAnswerError, type Answer } from "./answers";
export {
  gradeAnswer,
  attemptSchema,
  attemptScenario,
  evaluateChoiceOptions,
  acceptedRange,
  withinRange,
  QuestionContentError,
  type Attempt,
  type GradeResult,
  type Evidence,
  type Expected,
  type ChoiceOptionEvidence,
  type ChoiceOutcome,
  type MeasureEvidence,
  type OptionFeedback,
  type Range,
} from "./grade";
export { publicQuestion, newAttempt, type PublicQuestion } from "./public";
export { keyMap, publicKey, type KeyMap } from "./keys";
export { clearRunCache } from "./run";
/** The chart a scenario answer carries: built by lib/sim-ui, drawn by components/sim/timeline-chart. */
export type { TimelineChartData as ChartData } from "@/lib/sim-ui/chart-data";
export { unitLabels, units, type Unit } from "./units";
