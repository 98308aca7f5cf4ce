import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { importProgress, ProgressImportError } from "@/lib/progress/transfer";

export const dynamic = "force-dynamic";

/** Larger than years of daily study; a bigger body is refused before it is parsed. */
const MAX_BYTES = 20 * 1024 * 1024;

/** `code` is what the page translates; `error` and `problems` are the details, in English, for the curious. */
const problem = (status: number, code: "too-large" | "not-json" | "invalid-file", error: string, problems: readonly string[] = []) =>
  Response.json({ code, error, problems }, { status });

/** Merges an exported progress file (the request body, JSON) into this learner's progress. */
export async function POST(request: Request) {
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > MAX_BYTES) return problem(413, "too-large", "the file is larger than 20 MB");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(400, "not-json", "the file is not valid JSON");
  }
  try {
    const learnerId = await requireLearnerId();
    return Response.json({ imported: await importProgress(db(), learnerId, json) });
  } catch (error) {
    if (error instanceof ProgressImportError) return problem(400, "invalid-file", error.message, error.problems.slice(0, 20));
    throw error;
  }
}
