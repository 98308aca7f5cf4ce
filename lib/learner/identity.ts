import type { PrismaClient } from "@/lib/db/client";

export interface Identity {
  /** the signed-in user, if any */
  userId: string | null;
  /** the verified id in the browser's guest cookie, if any */
  guestId: string | null;
}

/**
 * Who is reading: a signed-in user reads their account's learner; a guest reads the guest learner,
 * but only one that belongs to no account (a browser signed out of the account that adopted its
 * guest learner must not keep seeing that account's progress). Reads only.
 */
export async function resolveLearner(client: PrismaClient, { userId, guestId }: Identity): Promise<string | null> {
  if (userId) return (await client.learner.findUnique({ where: { userId }, select: { id: true } }))?.id ?? null;
  if (!guestId) return null;
  const guest = await client.learner.findUnique({ where: { id: guestId }, select: { userId: true } });
  return guest && guest.userId === null ? guestId : null;
}

/**
 * Who is writing: the learner row is created here, on the first write. `newGuestId` is set when the
 * browser needs a (new) guest cookie: it had none, or its guest learner now belongs to an account.
 */
export async function ensureWritableLearner(
  client: PrismaClient,
  { userId, guestId }: Identity,
  newId: () => string,
): Promise<{ learnerId: string; newGuestId: string | null }> {
  const now = new Date();
  if (userId) {
    const learner = await client.learner.upsert({ where: { userId }, create: { id: newId(), userId, lastSeenAt: now }, update: { lastSeenAt: now }, select: { id: true } });
    return { learnerId: learner.id, newGuestId: null };
  }
  if (guestId) {
    const guest = await client.learner.findUnique({ where: { id: guestId }, select: { userId: true } });
    if (!guest) {
      await client.learner.upsert({ where: { id: guestId }, create: { id: guestId, lastSeenAt: now }, update: {} });
      return { learnerId: guestId, newGuestId: null };
    }
    if (guest.userId === null) {
      await client.learner.update({ where: { id: guestId }, data: { lastSeenAt: now } });
      return { learnerId: guestId, newGuestId: null };
    }
  }
  const id = newId();
  await client.learner.create({ data: { id, lastSeenAt: now } });
  return { learnerId: id, newGuestId: id };
}
