import type { z } from "zod";

/** One line per issue: "sections[0].blocks[2].text.ko: Korean text is missing". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

export function formatZodIssues(error: z.ZodError, prefix = ""): string {
  return error.issues.map((issue) => `${prefix}${formatPath(issue.path)}: ${issue.message}`).join("\n");
}

/** Thrown by the loaders when content fails validation; `problems` has one line per issue. */
export class ContentValidationError extends Error {
  readonly problems: readonly string[];
  constructor(source: string, problems: readonly string[]) {
    super(`${source} is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentValidationError";
    this.problems = problems;
  }
}
