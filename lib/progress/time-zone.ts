import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import { isValidTimeZone } from "./days";

export const timeZoneInputSchema = z.strictObject({
  timeZone: z.string().min(1).max(100).refine(isValidTimeZone, { error: "not an IANA time zone (e.g. Asia/Seoul)" }),
});

/**
 * Days, streaks and the daily goal are counted in the learner's zone; the browser reports it, since a
 * guest has no other way to tell us. Days already recorded keep the dates they were recorded under.
 */
export async function setLearnerTimeZone(client: PrismaClient, learnerId: string, input: unknown): Promise<string> {
  const { timeZone } = timeZoneInputSchema.parse(input);
  await client.learner.update({ where: { id: learnerId }, data: { timeZone } });
  return timeZone;
}
