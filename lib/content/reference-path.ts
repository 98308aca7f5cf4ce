import fs from "node:fs";
import path from "node:path";

/** The copy of the reference kept in the repository, so a fresh clone without ../shared still checks content. */
export const VENDORED_REFERENCE = path.join("docs", "reference", "lambda-behaviour.md");

/**
 * The shared reference (../shared/reference/lambda-behaviour.md) when this checkout can reach it: the
 * project sits beside the shared folder in the main checkout and deeper in a worktree, so each
 * ancestor folder is tried. LAMBDA_REFERENCE names the file explicitly. Undefined when no copy is reachable.
 */
export function findSharedReferencePath(start: string): string | undefined {
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

/** The reference content is checked against: the shared one when reachable, else the repository's copy. */
export function findReferencePath(start: string): string {
  return findSharedReferencePath(start) ?? path.join(path.resolve(start), VENDORED_REFERENCE);
}
