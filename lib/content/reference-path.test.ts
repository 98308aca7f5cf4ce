import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VENDORED_REFERENCE, findSharedReferencePath } from "./reference-path";

const root = path.resolve(__dirname, "../..");

describe("reference copy", () => {
  it("the repository's copy of lambda-behaviour.md is the shared reference, word for word", () => {
    const vendored = fs.readFileSync(path.join(root, VENDORED_REFERENCE), "utf8");
    const shared = findSharedReferencePath(root);
    // Without ../shared (a fresh clone elsewhere) the copy is the reference itself.
    expect(vendored).toBe(shared ? fs.readFileSync(shared, "utf8") : vendored);
  });
});
