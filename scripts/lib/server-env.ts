import { prepareDatabase, DatabaseSetupError } from "../../lib/db/prepare";
import { databaseUrl, sqliteFilePath } from "../../lib/db/url";
import { ensureSessionSecret } from "../../lib/learner/secret";
import { validateAllContent } from "../../lib/content/validate-all";

/**
 * Everything the server needs before it listens: a migrated database, a session secret and
 * content that validates. Exits with one clear line on a problem the user can fix.
 */
export async function prepareServerEnv(): Promise<NodeJS.ProcessEnv> {
  const url = databaseUrl();
  try {
    const applied = await prepareDatabase(url);
    if (applied.length) console.log(`Database: applied ${applied.length} migration(s): ${applied.join(", ")}`);
    const file = sqliteFilePath(url);
    const secret = ensureSessionSecret(file);
    const summary = await validateAllContent();
    console.log(`Content: ${summary}`);
    return { ...process.env, DATABASE_URL: `file:${file}`, SESSION_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" };
  } catch (error) {
    const message = error instanceof DatabaseSetupError ? error.message : (error as Error).message;
    console.error(`Cannot start Concurrency Lab: ${message}`);
    process.exit(1);
  }
}

export function listenAddress(env: NodeJS.ProcessEnv = process.env): { host: string; port: number } {
  const host = env.HOST?.trim() || "127.0.0.1";
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`Cannot start Concurrency Lab: PORT must be a number from 1 to 65535 (got "${env.PORT}")`);
    process.exit(1);
  }
  return { host, port };
}

export function urlFor(host: string, port: number): string {
  const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}
