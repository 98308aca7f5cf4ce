import fs from "node:fs";
import path from "node:path";

/**
 * Where ../shared/reference/lambda-behaviour.md is for a checkout: the project sits beside the shared
 * folder in the main checkout and one level deeper in a worktree, so look in each ancestor folder.
 * LAMBDA_REFERENCE names the file explicitly. Undefined when no copy is reachable (a fresh clone
 * elsewhere), in which case the tests that compare content with the reference cannot run.
 */
export function findReferencePath(start: string): string | undefined {
  const explicit = process.env.LAMBDA_REFERENCE;
  if (explicit) return fs.existsSync(explicit) ? explicit : undefined;
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, "shared", "reference", "lambda-behaviour.md");
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
