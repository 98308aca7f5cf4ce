// The registry these machines reach serves native optional packages (swc, tailwind oxide, ...)
// for linux-x64 only, so `npm install` leaves the other platforms' entries out of
// package-lock.json and `npm ci` then rejects the lockfile. This adds those entries with the
// os/cpu/libc their names declare: npm ci skips them here, and a connected machine on that
// platform fetches them by name and version as usual. Run it after changing dependencies:
//   npm install && node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "linux", "win32", "freebsd", "android", "openharmony"];
const CPU = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "wasm32"];

function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = tokens.find((t) => OS.includes(t));
  const cpu = tokens.find((t) => CPU.includes(t));
  if (!cpu) return null;
  const libc = tokens.some((t) => t.startsWith("musl")) ? "musl" : tokens.some((t) => t.startsWith("gnu")) ? "glibc" : null;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc && os === "linux" ? { libc: [libc] } : {}) };
}

/** Lock entries to add: optional native packages the lockfile names but does not list. */
export function missingPlatformEntries(lock) {
  const missing = {};
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = key ? `${key}/node_modules/${dep}` : `node_modules/${dep}`;
      if (lock.packages[nested] || lock.packages[`node_modules/${dep}`]) continue;
      const platform = platformOf(dep);
      if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
      missing[`node_modules/${dep}`] = { version, optional: true, ...platform };
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = "package-lock.json";
  const lock = JSON.parse(readFileSync(file, "utf8"));
  const missing = missingPlatformEntries(lock);
  const byPath = ([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b));
  lock.packages = Object.fromEntries(Object.entries({ ...lock.packages, ...missing }).sort(byPath));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  const names = Object.keys(missing).map((k) => k.replace("node_modules/", ""));
  console.log(names.length ? `Added ${names.length} platform entries: ${names.join(", ")}` : "Lockfile already complete");
}
