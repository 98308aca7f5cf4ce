/**
 * Mastery per topic from the learner's recent answers. Only the last WINDOW answers of a topic count,
 * each weighted DECAY times the one after it, so recent mistakes pull a topic down: mastery can drop.
 */
export const masteryLevels = ["attempted", "familiar", "proficient", "mastered"] as const;
export type MasteryLevel = (typeof masteryLevels)[number];

export const MASTERY_WINDOW = 10;
const DECAY = 0.8;

/** The least answers in the window and the least weighted score for each level above "attempted". */
const thresholds: { level: MasteryLevel; answers: number; score: number }[] = [
  { level: "mastered", answers: 8, score: 0.9 },
  { level: "proficient", answers: 5, score: 0.75 },
  { level: "familiar", answers: 3, score: 0.5 },
];

export interface AnswerRecord {
  topic: string;
  correct: boolean;
  answeredAt: Date;
}

export interface TopicMastery {
  topic: string;
  level: MasteryLevel;
  /** weighted share of correct answers, 0…1 */
  score: number;
  /** answers in the window */
  answers: number;
}

export function masteryOf(recentFirst: readonly boolean[]): Omit<TopicMastery, "topic"> {
  const window = recentFirst.slice(0, MASTERY_WINDOW);
  let weight = 1;
  let total = 0;
  let right = 0;
  for (const correct of window) {
    total += weight;
    if (correct) right += weight;
    weight *= DECAY;
  }
  const score = total === 0 ? 0 : right / total;
  const level = thresholds.find((t) => window.length >= t.answers && score >= t.score)?.level ?? "attempted";
  return { level, score, answers: window.length };
}

/** Mastery of every topic with at least one answer, weakest first. */
export function topicMastery(answers: readonly AnswerRecord[]): TopicMastery[] {
  const byTopic = new Map<string, AnswerRecord[]>();
  for (const a of answers) byTopic.set(a.topic, [...(byTopic.get(a.topic) ?? []), a]);
  const result = [...byTopic].map(([topic, list]) => {
    const recentFirst = [...list].sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime()).map((a) => a.correct);
    return { topic, ...masteryOf(recentFirst) };
  });
  const rank = (level: MasteryLevel) => masteryLevels.indexOf(level);
  return result.sort((a, b) => rank(a.level) - rank(b.level) || a.score - b.score || a.topic.localeCompare(b.topic));
}
