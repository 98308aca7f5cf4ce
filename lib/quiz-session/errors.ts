/** The attempt does not exist or belongs to another learner (indistinguishable on purpose). */
export class AttemptNotFoundError extends Error {
  override name = "AttemptNotFoundError";
}

/** A question id that is not in the bank. */
export class UnknownQuestionError extends Error {
  override name = "UnknownQuestionError";
}

/** The idempotency key was already used for a different attempt (a client bug, never a retry). */
export class IdempotencyKeyReusedError extends Error {
  override name = "IdempotencyKeyReusedError";
}
