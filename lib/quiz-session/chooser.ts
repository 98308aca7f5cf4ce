import "server-only";
import { getLessonSummaries } from "@/lib/content/lessons";
import type { Bilingual } from "@/lib/content/bilingual";
import type { PrismaClient } from "@/lib/db/client";
import { getQuestions, isScenarioQuestion, topics, type Topic } from "@/lib/quiz";
import { DAILY_SET_SIZE, mistakesSet } from "./sets";

export interface ChooserData {
  dailyCount: number;
  mistakesCount: number;
  lessons: { id: string; title: Bilingual; count: number; scenarioCount: number }[];
  topics: { id: Topic; count: number }[];
}

/** What the quiz landing page lists: lessons and topics with questions, and the learner's mistakes. */
export async function chooserData(client: PrismaClient, learnerId: string | null): Promise<ChooserData> {
  const questions = getQuestions();
  const lessons = getLessonSummaries()
    .map((lesson) => {
      const own = questions.filter((q) => q.lesson === lesson.id);
      return { id: lesson.id, title: lesson.title, count: own.length, scenarioCount: own.filter(isScenarioQuestion).length };
    })
    .filter((lesson) => lesson.count > 0);
  return {
    dailyCount: Math.min(DAILY_SET_SIZE, questions.length),
    mistakesCount: learnerId ? (await mistakesSet(client, learnerId)).length : 0,
    lessons,
    topics: topics.map((id) => ({ id, count: questions.filter((q) => q.topic === id).length })).filter((topic) => topic.count > 0),
  };
}
