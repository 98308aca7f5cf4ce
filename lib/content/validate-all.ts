import { getCards } from "./cards";
import { getGlossary } from "./glossary";
import { getLessons } from "./lessons";
import { getQuestions } from "@/lib/quiz/bank";
import { exampleIds } from "@/lib/sim/examples";

/**
 * Loads every content collection once, so a broken content file stops the server at start with
 * the loaders' own error (file, field path, what is wrong) instead of failing on a learner's page.
 */
export async function validateAllContent(): Promise<string> {
  const lessons = getLessons();
  const cards = getCards();
  const questions = getQuestions();
  const glossary = getGlossary();
  return `${lessons.length} lessons, ${cards.length} cards, ${questions.length} questions, ${glossary.length} glossary terms, ${exampleIds.length} simulator scenarios`;
}
