import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { prepareDatabase } from "../../lib/db/prepare";
import { buildIsCurrent, recordBuild } from "./build-stamp";
import { nextBin, run } from "./run";

export interface RunningServer {
  baseUrl: string;
  /** the server's own SQLite file, for benchmarks that check what it stored */
  databaseUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server at ${url} did not become healthy in ${timeoutMs} ms`);
}

/**
 * A production server for tests and benchmarks: builds when the sources changed, then serves on a
 * free loopback port with its own freshly migrated SQLite file, removed again by stop().
 */
export async function startTestServer(): Promise<RunningServer> {
  const dir = await mkdtemp(path.join(tmpdir(), "cl-server-"));
  const databaseUrl = `file:${path.join(dir, "app.db")}`;
  await prepareDatabase(databaseUrl);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!buildIsCurrent()) {
    await run(process.execPath, [nextBin, "build"], env);
    recordBuild();
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }
  return {
    baseUrl,
    databaseUrl,
    async stop() {
      if (server.exitCode === null) {
        server.kill("SIGTERM");
        await new Promise((r) => server.once("exit", r));
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
