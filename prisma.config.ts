import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/db/url";

// Offline machines cannot download Prisma's native schema engine, and `prisma generate` insists on
// finding one although it never runs it. Migrations use the WebAssembly engine (scripts/db.ts), so
// any existing file satisfies the check; connected machines that set the variable keep their own.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = "package.json";
  if (existsSync(placeholder)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: databaseUrl() },
});
