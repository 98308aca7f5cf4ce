import path from "node:path";
import { defineConfig } from "vitest/config";

// Browser tests: one production build and server for the whole run (global setup), files run
// one after another because two cores are shared by the server and Chromium.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/browser/**/*.browser.test.ts"],
    environment: "node",
    globalSetup: ["tests/browser/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
