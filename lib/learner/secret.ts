import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export const SECRET_FILE = "session-secret";

/**
 * SESSION_SECRET from the environment, or a random one generated once and kept beside the
 * database so that learners' cookies survive restarts. The start scripts call this and export the
 * value, so the server itself only ever reads the environment.
 */
export function ensureSessionSecret(databaseFile: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SESSION_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("SESSION_SECRET must be at least 32 characters");
    return fromEnv;
  }
  const file = path.join(path.dirname(databaseFile), SECRET_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function sessionSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.SESSION_SECRET;
  if (!secret) throw new Error("SESSION_SECRET is not set: start the app with `npm start` or `npm run dev`");
  return secret;
}
