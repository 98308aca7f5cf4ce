import { db } from "@/lib/db/client";
import { requireLearnerId } from "@/lib/learner/current";
import { exportProgress } from "@/lib/progress/transfer";

export const dynamic = "force-dynamic";

/** "Download my progress": the learner's progress as a versioned JSON file (see lib/progress/transfer). */
export async function GET() {
  const learnerId = await requireLearnerId();
  const data = await exportProgress(db(), learnerId);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="concurrency-lab-progress-${data.exportedAt.slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
