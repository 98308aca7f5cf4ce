/**
 * lib/srs: spaced repetition with FSRS (ts-fsrs). Every function that reads or writes takes the
 * PrismaClient and the instant `now`, so tests control both the database and the clock.
 */
export { getOverview, getReviewQueue, nextDueAfter, type DeckCounts, type Overview, type QueueItem } from "./queue";
export {
  rateCard,
  rateInputSchema,
  undoInputSchema,
  undoReview,
  type RateInput,
  type RateResult,
  type UndoResult,
} from "./review";
export { ratingNames, ratings, type IntervalPreview, type Rating, type RatingName } from "./ratings";
export { intervalLabel, type IntervalLabel, type IntervalUnit } from "./intervals";
export {
  cardDirections,
  getSrsSettings,
  NEW_CARDS_MAX,
  NEW_CARDS_MIN,
  RETENTION_MAX,
  RETENTION_MIN,
  saveSrsSettings,
  srsSettingsSchema,
  type CardDirection,
  type LearnerSrsSettings,
  type SrsSettings,
} from "./settings";
