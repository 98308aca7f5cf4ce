import type { PrismaClient } from "@/lib/db/client";

/** Creates the learner row if it does not exist and records the visit. */
export async function ensureLearnerRow(client: PrismaClient, id: string): Promise<void> {
  const now = new Date();
  await client.learner.upsert({ where: { id }, create: { id, lastSeenAt: now }, update: { lastSeenAt: now } });
}
