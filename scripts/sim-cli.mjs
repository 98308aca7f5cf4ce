/**
 * Fast start for the simulator CLI (`npm run -s sim`): runs a JavaScript bundle of scripts/sim.ts
 * instead of compiling TypeScript with tsx on every start. The bundle (node_modules/.cache, never
 * committed) is rebuilt with esbuild (installed as tsx's dependency) whenever a source under
 * scripts/sim.ts or lib/sim is newer, so it can never run stale code; `npm ci` needs no extra step.
 */
import { mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "scripts/sim.ts");
const bundle = path.join(root, "node_modules/.cache/concurrency-lab/sim.mjs");

/** Newest modification time of the CLI's sources (the entry and lib/sim, tests excluded). */
function newestSource() {
  let newest = statSync(entry).mtimeMs;
  const walk = (dir) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (!item.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  walk(path.join(root, "lib/sim"));
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

if (bundleTime() < newestSource()) {
  const { build } = await import("esbuild");
  mkdirSync(path.dirname(bundle), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "error",
  });
}
await import(pathToFileURL(bundle).href);
