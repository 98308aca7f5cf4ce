import type { PrismaClient } from "@/lib/db/client";
import { ledgerTotals } from "@/lib/progress/snapshot";

export interface GuestProgress {
  exp: number;
  reviews: number;
  answers: number;
}

/** What a guest learner has stored (for the merge offer), or null when it has nothing worth merging. */
export async function guestProgress(client: PrismaClient, guestId: string): Promise<GuestProgress | null> {
  const guest = await client.learner.findUnique({ where: { id: guestId }, select: { userId: true } });
  if (!guest || guest.userId !== null) return null;
  const [ledger, rewards, reviews, answers, sections, cards] = await Promise.all([
    ledgerTotals(client, guestId),
    client.rewardEvent.count({ where: { learnerId: guestId } }),
    client.reviewLog.count({ where: { learnerId: guestId } }),
    client.quizAttempt.count({ where: { learnerId: guestId, answeredAt: { not: null } } }),
    client.sectionProgress.count({ where: { learnerId: guestId } }),
    client.cardState.count({ where: { learnerId: guestId } }),
  ]);
  if (rewards + reviews + answers + sections + cards === 0) return null;
  return { exp: ledger.totalExp, reviews, answers };
}
