import asyncInvocations from "@/content/questions/async-invocations.json";
import coldStartsProvisionedConcurrency from "@/content/questions/cold-starts-provisioned-concurrency.json";
import concurrencyThrottling from "@/content/questions/concurrency-throttling.json";
import fileSystems from "@/content/questions/file-systems.json";
import operatingLambdaConcurrency from "@/content/questions/operating-lambda-concurrency.json";
import versionsAliasesEnvVars from "@/content/questions/versions-aliases-env-vars.json";
import { formatIssues, questionFileSchema, type Domain, type Question, type QuestionStyle, type QuestionType, type Topic } from "./schema";

/**
 * The question bank: content/questions/*.json, validated with zod once and cached for the life of
 * the process. Files are imported statically so the server bundle always contains them (no file
 * system reads at request time); bank.test.ts checks that every file in the folder is listed here.
 * Server-only in practice: the bank holds the answer keys, so never import it from a client component.
 */
export const questionFiles: Readonly<Record<string, unknown>> = {
  "concurrency-throttling.json": concurrencyThrottling,
  "async-invocations.json": asyncInvocations,
  "cold-starts-provisioned-concurrency.json": coldStartsProvisionedConcurrency,
  "versions-aliases-env-vars.json": versionsAliasesEnvVars,
  "file-systems.json": fileSystems,
  "operating-lambda-concurrency.json": operatingLambdaConcurrency,
};

export class QuestionBankError extends Error {
  override name = "QuestionBankError";
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The question bank is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/** Validates question files (name -> parsed JSON); throws QuestionBankError listing every problem. */
export function loadQuestionBank(files: Readonly<Record<string, unknown>>): Question[] {
  const problems: string[] = [];
  const questions: Question[] = [];
  for (const [name, json] of Object.entries(files)) {
    const parsed = questionFileSchema.safeParse(json);
    if (!parsed.success) {
      problems.push(...formatIssues(parsed.error, `content/questions/${name} `).split("\n"));
      continue;
    }
    questions.push(...parsed.data.questions);
  }
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) problems.push(`duplicate question id "${q.id}"`);
    seen.add(q.id);
  }
  if (problems.length > 0) throw new QuestionBankError(problems);
  return questions;
}

let cache: { list: readonly Question[]; byId: ReadonlyMap<string, Question> } | undefined;

function load() {
  if (!cache) {
    const list = loadQuestionBank(questionFiles);
    cache = { list, byId: new Map(list.map((q) => [q.id, q])) };
  }
  return cache;
}

export interface QuestionFilter {
  lesson?: string;
  topic?: Topic;
  type?: QuestionType;
  domain?: Domain;
  style?: QuestionStyle;
  /** Only questions that test this tricky fact of the reference. */
  tests?: string;
}

/** Every question, or those matching all given filters, in bank order. */
export function getQuestions(filter: QuestionFilter = {}): readonly Question[] {
  const { list } = load();
  if (!filter.lesson && !filter.topic && !filter.type && !filter.domain && !filter.style && !filter.tests) return list;
  return list.filter(
    (q) =>
      (!filter.lesson || q.lesson === filter.lesson) &&
      (!filter.topic || q.topic === filter.topic) &&
      (!filter.type || q.type === filter.type) &&
      (!filter.domain || q.domain === filter.domain) &&
      (!filter.style || q.style === filter.style) &&
      (!filter.tests || (q.tests as readonly string[]).includes(filter.tests)),
  );
}

export function getQuestion(id: string): Question | undefined {
  return load().byId.get(id);
}
