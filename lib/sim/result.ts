/** Turns the engine's final state into the public SimResult (CloudWatch metric names). */
import type { EngineOutput } from "./engine";
import type { Model } from "./model";
import { usToSeconds } from "./time";
import { FAILURE_CONDITIONS, THROTTLE_REASONS, type FunctionState } from "./state";
import type { FunctionMetrics, SimAssumption, SimResult, ThrottleReason } from "./types";

function functionMetrics(state: FunctionState, versions: readonly string[]): FunctionMetrics {
  const throttlesByReason: Partial<Record<ThrottleReason, number>> = {};
  THROTTLE_REASONS.forEach((reason, r) => {
    const count = state.throttlesByReason[r]!;
    if (count > 0) throttlesByReason[reason] = count;
  });
  const byVersion: Record<string, { Invocations: number }> = {};
  versions.forEach((version, v) => {
    const count = state.invocationsByVersion[v]!;
    if (count > 0) byVersion[version] = { Invocations: count };
  });
  return {
    Invocations: state.invocations,
    Throttles: state.throttles,
    Errors: state.errors,
    ConcurrentExecutions: state.maxConcurrency,
    ColdStarts: state.coldStarts,
    ProvisionedConcurrencyInvocations: state.provisionedInvocations,
    ProvisionedConcurrencySpilloverInvocations: state.spilloverInvocations,
    AsyncEventsReceived: state.asyncReceived,
    AsyncEventsDropped: state.asyncDropped,
    AsyncEventAgeMaxSeconds: usToSeconds(state.asyncAgeMaxUs),
    DeadLetterDeliveries: state.deadLetterDeliveries,
    DestinationDeliveries: state.destinationDeliveries,
    AsyncEventsSucceeded: state.asyncSucceeded,
    AsyncFailuresByCondition: {
      RetriesExhausted: state.failuresByCondition[FAILURE_CONDITIONS.indexOf("RetriesExhausted")]!,
      EventAgeExceeded: state.failuresByCondition[FAILURE_CONDITIONS.indexOf("EventAgeExceeded")]!,
    },
    SyncRequests: state.syncRequests,
    SyncThrottled: state.syncThrottled,
    SyncLatencyMs: state.latency.percentiles(),
    ThrottlesByReason: throttlesByReason,
    ByVersion: byVersion,
  };
}

export function buildResult(model: Model, output: EngineOutput, assumptions: SimAssumption[]): SimResult {
  const functions: Record<string, FunctionMetrics> = {};
  model.functions.forEach((fn, f) => {
    functions[fn.name] = functionMetrics(output.functions[f]!, fn.versions);
  });
  return {
    functions,
    account: {
      ConcurrentExecutions: output.account.maxBusy,
      UnreservedConcurrentExecutions: output.account.maxUnreservedBusy,
      Throttles: output.account.throttles,
    },
    timeline: output.recorder.build(),
    events: output.log.list(),
    assumptions,
  };
}
