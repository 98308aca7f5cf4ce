import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type EngineModule = typeof import("@prisma/schema-engine-wasm");

let engineModule: Promise<EngineModule> | undefined;

/**
 * Loads Prisma's schema engine compiled to WebAssembly. The prisma CLI would download a native
 * engine, which these machines cannot reach; the wasm build ships inside an npm package. Node 20
 * cannot import .wasm as a module, so the bytes are instantiated by hand with the package's JS glue.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(pathToFileURL(gluePath).href)) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

interface ShadowAdapter {
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(script: string): Promise<void>;
}

/**
 * The engine replays migration history into a shadow database through executeRaw, but
 * better-sqlite3 prepares one statement at a time and rejects a migration.sql holding several.
 * Parameter-less SQL on the shadow connection is therefore run as a script.
 */
class ShadowScriptFactory extends PrismaBetterSqlite3 {
  override async connectToShadowDb() {
    const adapter = (await super.connectToShadowDb()) as unknown as ShadowAdapter;
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter as unknown as Awaited<ReturnType<PrismaBetterSqlite3["connectToShadowDb"]>>;
  }
}

export interface EngineLog {
  (line: string): void;
}

export async function openSchemaEngine(
  url: string,
  schemaPath: string,
  log: EngineLog = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const schemaText = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new ShadowScriptFactory({ url }, { shadowDatabaseUrl: ":memory:" }),
  );
  return SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, log, adapter);
}
