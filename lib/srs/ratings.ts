/**
 * The four FSRS ratings. Kept apart from the scheduler so that client components can import them
 * without ts-fsrs or the database.
 */

/** 1 Again, 2 Hard, 3 Good, 4 Easy: the keys a learner presses and the values ts-fsrs uses. */
export const ratings = [1, 2, 3, 4] as const;
export type Rating = (typeof ratings)[number];
export const ratingNames = { 1: "again", 2: "hard", 3: "good", 4: "easy" } as const satisfies Record<Rating, string>;
export type RatingName = (typeof ratingNames)[Rating];

/** Milliseconds from the review until the card is due again, for each rating. */
export type IntervalPreview = Record<Rating, number>;
