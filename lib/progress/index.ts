/**
 * lib/progress: EXP, levels, badges and titles, daily goal and streaks, and mastery per topic.
 * Features grant rewards with `award` (idempotent per sourceKey: build keys with `sourceKeys`, amounts
 * from `EXP`) and show the returned RewardOutcome with <RewardToast> from components/progress.
 */
export { award, grantLessonRewards, mergeOutcomes, UnknownLessonError, type Grant } from "./award";
export { UnknownLearnerError, readSnapshot, type ProgressSnapshot } from "./snapshot";
export { EXP, sourceKeys, rewardKinds, type RewardKind } from "./rules";
export { expForLevel, levelForExp, type LevelInfo } from "./levels";
export { topicMastery, masteryOf, masteryLevels, type MasteryLevel, type TopicMastery } from "./mastery";
export { getBadges, getTitles, type BadgeView, type TitleView, type BadgeIcon } from "./achievements";
export type { RewardOutcome } from "./types";
