/** A readable plain-text report of a result (the CLI's --summary), pure so anything can print it. */
import type { FunctionMetrics, SimResult } from "./types";

type Row = readonly string[];

/** Left-aligns the first `textColumns` columns (labels) and right-aligns the rest (numbers). */
function table(header: Row, rows: readonly Row[], textColumns = 1): string {
  const widths = header.map((cell, c) => Math.max(cell.length, ...rows.map((row) => (row[c] ?? "").length)));
  const line = (row: Row) =>
    row.map((cell, c) => (c < textColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

const count = (n: number) => n.toLocaleString("en-US");
const latency = (ms: number | null) => (ms === null ? "-" : String(Math.round(ms)));

function invocationRow(name: string, m: FunctionMetrics): Row {
  const { p50, p95, p99 } = m.SyncLatencyMs;
  return [
    name,
    count(m.Invocations),
    count(m.Throttles),
    count(m.Errors),
    count(m.ConcurrentExecutions),
    count(m.ColdStarts),
    count(m.ProvisionedConcurrencyInvocations),
    count(m.ProvisionedConcurrencySpilloverInvocations),
    `${count(m.SyncRequests - m.SyncThrottled)}/${count(m.SyncRequests)}`,
    `${latency(p50)}/${latency(p95)}/${latency(p99)}`,
  ];
}

function asyncRow(name: string, m: FunctionMetrics): Row {
  return [
    name,
    count(m.AsyncEventsReceived),
    count(m.AsyncEventsSucceeded),
    count(m.AsyncEventsDropped),
    count(m.DeadLetterDeliveries),
    count(m.DestinationDeliveries),
    count(m.AsyncFailuresByCondition.RetriesExhausted),
    count(m.AsyncFailuresByCondition.EventAgeExceeded),
    String(m.AsyncEventAgeMaxSeconds),
  ];
}

export function formatSummary(result: SimResult): string {
  const functions = Object.entries(result.functions);
  const { seconds, resolutionSeconds } = result.timeline;
  const sections: string[] = [
    `Simulated ${count(seconds.length * resolutionSeconds)} s (timeline resolution ${resolutionSeconds} s)`,
    table(
      ["function", "Invocations", "Throttles", "Errors", "MaxConc", "ColdStarts", "PCInv", "Spillover", "Sync ok/all", "p50/p95/p99 ms"],
      functions.map(([name, m]) => invocationRow(name, m)),
    ),
  ];
  const reasons = functions.flatMap(([name, m]) =>
    Object.entries(m.ThrottlesByReason).map(([reason, n]): Row => [name, reason, count(n ?? 0)]),
  );
  if (reasons.length > 0) sections.push(table(["function", "throttle reason", "count"], reasons, 2));
  const versions = functions.flatMap(([name, m]) =>
    Object.entries(m.ByVersion).map(([version, v]): Row => [name, version, count(v.Invocations)]),
  );
  if (versions.length > 0) sections.push(table(["function", "version", "Invocations"], versions, 2));
  const asyncFunctions = functions.filter(([, m]) => m.AsyncEventsReceived > 0);
  if (asyncFunctions.length > 0) {
    sections.push(
      table(
        ["function", "Received", "Succeeded", "Dropped", "DLQ", "Destination", "RetriesExh", "AgeExceeded", "MaxAge s"],
        asyncFunctions.map(([name, m]) => asyncRow(name, m)),
      ),
    );
  }
  const { account } = result;
  sections.push(
    `account: max ConcurrentExecutions ${count(account.ConcurrentExecutions)}, max UnreservedConcurrentExecutions ${count(account.UnreservedConcurrentExecutions)}, Throttles ${count(account.Throttles)}`,
  );
  if (result.events.length > 0) {
    sections.push(
      table(
        ["time s", "function", "event", "detail"],
        result.events.map((event): Row => [
          String(event.timeSeconds),
          event.function,
          event.kind,
          [event.qualifier, event.reason, event.condition, event.provisionedConcurrentExecutions]
            .filter((part) => part !== undefined)
            .join(" "),
        ]),
        4,
      ),
    );
  }
  sections.push(["Assumptions:", ...result.assumptions.map(({ text }) => `- ${text}`)].join("\n"));
  return sections.join("\n\n") + "\n";
}
