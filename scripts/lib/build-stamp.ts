import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// The inputs of `next build`; a change in any of them means the production build is stale.
const INPUTS = ["prisma/schema.prisma", "app", "components", "content", "i18n", "lib", "messages", "public", "next.config.js", "proxy.ts", "package-lock.json", "postcss.config.mjs"];
const distDir = () => process.env.NEXT_DIST_DIR || ".next";
const stampFile = () => path.join(distDir(), "concurrency-lab-build-stamp");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (name === "generated" || name.startsWith(".")) continue;
    yield* files(path.join(entry, name));
  }
}

export function sourceStamp(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) {
      const s = statSync(file);
      hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  const stamp = stampFile();
  return existsSync(path.join(distDir(), "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === sourceStamp();
}

export function recordBuild(): void {
  writeFileSync(stampFile(), sourceStamp());
}
