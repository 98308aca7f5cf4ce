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

interface ScriptAdapter {
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(script: string): Promise<void>;
  dispose(): Promise<void>;
}

type Connection = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/**
 * Remembers every connection it opens, because freeing the engine does not close them and an
 * open connection keeps the database locked. The engine replays migration history into a shadow
 * database through executeRaw, but better-sqlite3 prepares one statement at a time and rejects a
 * migration.sql holding several, so parameter-less SQL on the shadow connection runs as a script.
 */
class TrackedFactory extends PrismaBetterSqlite3 {
  readonly opened: ScriptAdapter[] = [];

  override async connect() {
    const adapter = await super.connect();
    this.opened.push(adapter as unknown as ScriptAdapter);
    return adapter;
  }

  override async connectToShadowDb() {
    const adapter = (await super.connectToShadowDb()) as unknown as ScriptAdapter;
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    this.opened.push(adapter);
    return adapter as unknown as Connection;
  }

  async closeAll() {
    await Promise.all(this.opened.splice(0).map((a) => a.dispose()));
  }
}

export interface EngineLog {
  (line: string): void;
}

/** Opens the engine, runs `work`, then frees it and closes every connection it opened. */
export async function withSchemaEngine<T>(
  url: string,
  schemaPath: string,
  work: (engine: SchemaEngine) => Promise<T>,
  log: EngineLog = () => {},
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schemaText = await readFile(schemaPath, "utf8");
  const factory = new TrackedFactory({ url }, { shadowDatabaseUrl: ":memory:" });
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await factory.closeAll();
  }
}
