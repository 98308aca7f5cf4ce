import { after } from "next/server";
import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { startAttempts, startInputSchema } from "@/lib/quiz-session";
import { errorResponse, json, parseBody } from "../responses";

export const dynamic = "force-dynamic";

/** Starts attempts: body { questionIds, mode, locale } -> { attempts: [{ attemptId, question }] } (no answers). */
export async function POST(request: Request) {
  const body = await parseBody(request, startInputSchema);
  if (!body.ok) return body.response;
  try {
    const learnerId = await requireLearnerId();
    const { attempts, simulateAhead } = await startAttempts(db(), learnerId, body.data);
    after(simulateAhead);
    return json({ attempts }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}
