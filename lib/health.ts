import { db } from "@/lib/db/client";
import { appVersion } from "@/lib/version";

export interface Health {
  status: "ok" | "degraded";
  version: string;
  database: "up" | "down";
}

export async function checkHealth(client = db()): Promise<Health> {
  try {
    await client.$queryRaw`SELECT 1`;
    return { status: "ok", version: appVersion, database: "up" };
  } catch {
    return { status: "degraded", version: appVersion, database: "down" };
  }
}
