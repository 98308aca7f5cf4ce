import { z } from "zod";
import { InvalidAnswerError, InvalidAttemptError } from "@/lib/quiz";
import { AttemptNotFoundError, IdempotencyKeyReusedError, UnknownQuestionError } from "@/lib/quiz-session";

const noStore = { "cache-control": "no-store" };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: noStore });
}

/** Reads a JSON body and validates it; a body that is not JSON is a 400 like any other bad input. */
export async function parseBody<T extends z.ZodType>(request: Request, schema: T): Promise<{ ok: true; data: z.output<T> } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return { ok: false, response: json({ error: "The request body is not JSON." }, 400) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      response: json({ error: "Invalid request.", issues: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) }, 400),
    };
  }
  return { ok: true, data: parsed.data };
}

/** Known failures become clear 4xx answers; anything else is a bug and goes to the server log as a 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof InvalidAnswerError) return json({ error: "The answer does not fit this question.", issues: error.issues }, 400);
  if (error instanceof UnknownQuestionError) return json({ error: error.message }, 400);
  if (error instanceof AttemptNotFoundError) return json({ error: "No such attempt for this learner." }, 404);
  if (error instanceof IdempotencyKeyReusedError) return json({ error: error.message }, 409);
  if (error instanceof InvalidAttemptError) return json({ error: "This attempt no longer matches its question; start it again." }, 409);
  console.error(error);
  return json({ error: "The answer could not be graded. Please try again." }, 500);
}
