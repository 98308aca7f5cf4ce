import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { examInputSchema, submitExam } from "@/lib/quiz-session";
import { errorResponse, json, parseBody } from "../responses";

export const dynamic = "force-dynamic";

/** Grades a whole exam at the end: body { attemptIds, answers, locale } -> { results, correct, total, reward }. */
export async function POST(request: Request) {
  const body = await parseBody(request, examInputSchema);
  if (!body.ok) return body.response;
  try {
    const learnerId = await requireLearnerId();
    return json(await submitExam(db(), learnerId, body.data));
  } catch (error) {
    return errorResponse(error);
  }
}
