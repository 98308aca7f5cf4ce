import type { TestProject } from "vitest/node";
import { startTestServer } from "../../scripts/lib/test-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide("baseUrl", server.baseUrl);
  project.provide("chromiumPath", process.env.CHROMIUM_PATH || "/usr/bin/chromium");
  return () => server.stop();
}
