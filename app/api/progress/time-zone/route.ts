import { z } from "zod";
import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { setLearnerTimeZone } from "@/lib/progress/time-zone";

export const dynamic = "force-dynamic";

/** Body { timeZone: "Asia/Seoul" }: the zone the learner's days are counted in. */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "the body is not valid JSON" }, { status: 400 });
  }
  try {
    const learnerId = await requireLearnerId();
    return Response.json({ timeZone: await setLearnerTimeZone(db(), learnerId, body) });
  } catch (error) {
    if (error instanceof z.ZodError) return Response.json({ error: error.issues.map((i) => i.message).join("; ") }, { status: 400 });
    throw error;
  }
}
