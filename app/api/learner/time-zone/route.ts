import { z } from "zod";
import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { setLearnerTimeZone, timeZoneSchema } from "@/lib/learner/time-zone";

const bodySchema = z.strictObject({ timeZone: timeZoneSchema });

export async function POST(request: Request) {
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json({ error: "Send {\"timeZone\": \"<IANA zone, e.g. Asia/Seoul>\"}", issues: z.flattenError(parsed.error) }, { status: 400 });
  }
  const learnerId = await requireLearnerId();
  const changed = await setLearnerTimeZone(db(), learnerId, parsed.data.timeZone);
  return Response.json({ timeZone: parsed.data.timeZone, changed });
}
