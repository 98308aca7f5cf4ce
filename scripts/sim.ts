/**
 * Simulator CLI: `npm run -s sim -- path/to/scenario.json [--summary]`.
 * Prints the result JSON (or, with --summary, a readable report) on stdout. An unreadable file,
 * bad JSON or an invalid scenario prints the problem on stderr and exits with status 2.
 */
import { readFileSync } from "node:fs";
import { formatSummary, simulate, ScenarioValidationError } from "../lib/sim";

const USAGE = "usage: npm run -s sim -- path/to/scenario.json [--summary]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function main(args: string[]): void {
  const summary = args.includes("--summary");
  const paths = args.filter((arg) => arg !== "--summary");
  const unknown = paths.filter((arg) => arg.startsWith("--"));
  if (unknown.length > 0) fail(`unknown option ${unknown.join(", ")}\n${USAGE}`);
  if (paths.length !== 1) fail(USAGE);
  const path = paths[0]!;

  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    fail(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`${path} is not valid JSON: ${(error as Error).message}`);
  }

  try {
    const result = simulate(json);
    process.stdout.write(summary ? formatSummary(result) : `${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof ScenarioValidationError)) throw error;
    const lines = error.issues.map((issue) => `  ${issue.path || "(scenario)"}: ${issue.message}`);
    fail(`${path}: invalid scenario (${error.issues.length} error${error.issues.length === 1 ? "" : "s"})\n${lines.join("\n")}`);
  }
}

main(process.argv.slice(2));
