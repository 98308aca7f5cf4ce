import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { submit, submitInputSchema } from "@/lib/quiz-session";
import { errorResponse, json, parseBody } from "../responses";

export const dynamic = "force-dynamic";

/**
 * Grades an answer: body { attemptId, answer, idempotencyKey, locale } -> { attemptId, result,
 * reward, replayed }. Safe to retry with the same key: the stored result comes back, nothing is granted twice.
 */
export async function POST(request: Request) {
  const body = await parseBody(request, submitInputSchema);
  if (!body.ok) return body.response;
  try {
    const learnerId = await requireLearnerId();
    return json(await submit(db(), learnerId, body.data));
  } catch (error) {
    return errorResponse(error);
  }
}
