/**
 * The simulator off the main thread: a long run never freezes the page, and the page can cancel
 * it by terminating this worker.
 */
import { runRequestSchema, runSimulation, type RunResponse } from "@/lib/sim-ui/run";

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<unknown>) => void) | null; postMessage(message: RunResponse): void };

scope.onmessage = (event) => {
  const request = runRequestSchema.safeParse(event.data);
  scope.postMessage(
    request.success ? runSimulation(request.data) : { id: -1, status: "failed", message: `Malformed simulator request: ${request.error.message}` },
  );
};
