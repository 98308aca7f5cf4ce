import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import { award, sourceKeys, type RewardOutcome } from "@/lib/progress";
import { AttemptNotFoundError } from "./errors";

/** A set is named by its attempts, so the same finished set is rewarded once however often it is reported. */
export function setIdOf(attemptIds: readonly string[]): string {
  return createHash("sha256").update([...new Set(attemptIds)].sort().join("\n")).digest("hex").slice(0, 24);
}

/**
 * Records a finished set: when every one of its attempts was answered right, the "perfect quiz"
 * grant (what the first-perfect-quiz badge counts). Reads the stored verdicts, never the client's.
 * Returns null when the set was not perfect.
 */
export async function finishSet(client: PrismaClient, learnerId: string, attemptIds: readonly string[], now: Date = new Date()): Promise<RewardOutcome | null> {
  const ids = [...new Set(attemptIds)];
  const rows = await client.quizAttempt.findMany({ where: { id: { in: ids }, learnerId }, select: { correct: true } });
  if (rows.length !== ids.length) throw new AttemptNotFoundError("a set refers to an attempt that is not this learner's");
  if (!rows.every((r) => r.correct === true)) return null;
  return award(client, learnerId, { sourceKey: sourceKeys.quizPerfect(setIdOf(ids)), kind: "quiz", exp: 0, now });
}
