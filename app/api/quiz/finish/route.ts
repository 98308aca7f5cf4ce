import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { finishInputSchema, finishSet } from "@/lib/quiz-session";
import { errorResponse, json, parseBody } from "../responses";

export const dynamic = "force-dynamic";

/** A practice set is finished: body { attemptIds } -> { reward } (a perfect set's grant, or null). */
export async function POST(request: Request) {
  const body = await parseBody(request, finishInputSchema);
  if (!body.ok) return body.response;
  try {
    const learnerId = await requireLearnerId();
    return json({ reward: await finishSet(db(), learnerId, body.data.attemptIds) });
  } catch (error) {
    return errorResponse(error);
  }
}
