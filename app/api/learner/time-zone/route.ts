import { z } from "zod";
import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { setLearnerTimeZone, timeZoneSchema } from "@/lib/learner/time-zone";

const bodySchema = z.strictObject({ timeZone: timeZoneSchema });

/** Body { timeZone: "Asia/Seoul" }: the zone the learner's days are counted in. */
export async function POST(request: Request) {
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues.map((i) => i.message).join("; ") || "invalid body" }, { status: 400 });
  }
  const learnerId = await requireLearnerId();
  const changed = await setLearnerTimeZone(db(), learnerId, parsed.data.timeZone);
  return Response.json({ timeZone: parsed.data.timeZone, changed });
}
