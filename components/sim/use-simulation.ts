"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RunResponse } from "@/lib/sim-ui/run";
import type { ValidationIssue } from "@/lib/sim/types";

export type SimulationOutput = Extract<RunResponse, { status: "done" }>;

export interface SimulationState {
  phase: "idle" | "running" | "done" | "invalid" | "failed" | "cancelled";
  /** The last successful run, kept while a newer one runs so the chart does not flash. */
  output: SimulationOutput | null;
  issues: ValidationIssue[];
  message: string | null;
}

const INITIAL: SimulationState = { phase: "idle", output: null, issues: [], message: null };

/**
 * Runs scenarios in a web worker. A new run replaces one still in progress (the worker is
 * restarted, so a slider never queues up stale runs), and `cancel` stops the current one.
 */
export function useSimulation() {
  const workerRef = useRef<Worker | null>(null);
  const runningId = useRef<number | null>(null);
  const nextId = useRef(0);
  const [state, setState] = useState<SimulationState>(INITIAL);

  const stopWorker = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
    runningId.current = null;
  }, []);

  useEffect(() => stopWorker, [stopWorker]);

  const startWorker = useCallback(() => {
    const worker = new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<RunResponse>) => {
      const response = event.data;
      if (response.id !== runningId.current) return;
      runningId.current = null;
      setState((previous) =>
        response.status === "done"
          ? { phase: "done", output: response, issues: [], message: null }
          : response.status === "invalid"
            ? { ...previous, phase: "invalid", issues: response.issues, message: null }
            : { ...previous, phase: "failed", issues: [], message: response.message },
      );
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker terminated mid-load (cancel, or a newer run) can still report the aborted load.
      if (workerRef.current !== worker) return;
      stopWorker();
      setState((previous) => ({ ...previous, phase: "failed", issues: [], message: event.message || null }));
    };
    return worker;
  }, [stopWorker]);

  const run = useCallback(
    (scenario: unknown, focus?: string) => {
      if (runningId.current !== null) stopWorker();
      const worker = (workerRef.current ??= startWorker());
      const id = (nextId.current += 1);
      runningId.current = id;
      setState((previous) => ({ ...previous, phase: "running", message: null }));
      worker.postMessage({ id, scenario, ...(focus !== undefined ? { focus } : {}) });
    },
    [startWorker, stopWorker],
  );

  const cancel = useCallback(() => {
    if (runningId.current === null) return;
    stopWorker();
    setState((previous) => ({ ...previous, phase: "cancelled" }));
  }, [stopWorker]);

  return { state, run, cancel };
}
