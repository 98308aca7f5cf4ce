import type { PrismaClient } from "@/lib/db/client";

/**
 * Makes a guest learner the account's learner, if the guest row exists, belongs to no account yet
 * and the account has no learner. Returns whether it did. One conditional update, so two sign-ups
 * racing for the same guest cannot both take it.
 */
export async function adoptGuestLearner(client: PrismaClient, guestId: string, userId: string): Promise<boolean> {
  if (await client.learner.findUnique({ where: { userId }, select: { id: true } })) return false;
  const { count } = await client.learner.updateMany({ where: { id: guestId, userId: null }, data: { userId } });
  return count > 0;
}
