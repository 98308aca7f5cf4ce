import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import { isValidTimeZone } from "@/lib/progress/days";

/** An IANA zone name that this runtime knows (e.g. "Asia/Seoul"); anything else is refused. */
export const timeZoneSchema = z.string().min(1).max(100).refine(isValidTimeZone, "not an IANA time zone (e.g. Asia/Seoul)");

/** Days, streaks and daily limits are counted in this zone; returns whether it changed. */
export async function setLearnerTimeZone(client: PrismaClient, learnerId: string, zone: string): Promise<boolean> {
  const { count } = await client.learner.updateMany({ where: { id: learnerId, NOT: { timeZone: zone } }, data: { timeZone: zone } });
  return count > 0;
}
