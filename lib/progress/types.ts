import type { BadgeView, TitleView } from "./achievements";

export type { BadgeView, TitleView };

/** What one grant did; what the reward toast shows. Safe to send to the browser. */
export interface RewardOutcome {
  /** false when this sourceKey was granted before: nothing changed */
  granted: boolean;
  expGained: number;
  pointsGained: number;
  totalExp: number;
  totalPoints: number;
  level: number;
  levelProgress: { current: number; needed: number };
  leveledUp: boolean;
  newBadges: BadgeView[];
  newTitles: TitleView[];
  streak: { days: number; freezes: number };
}
