// npm run db:migrate -- <name> | db:deploy | db:status — Prisma migrations without the native engine.
import { databaseUrl } from "../lib/db/url";
import { prepareDatabase, DatabaseSetupError } from "../lib/db/prepare";
import { createMigration, migrationStatus } from "../lib/db/migrations";

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv;
  const url = databaseUrl();
  switch (command) {
    case "deploy": {
      const applied = await prepareDatabase(url);
      console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date");
      return 0;
    }
    case "status": {
      await prepareDatabase(url, { migrate: false });
      const status = await migrationStatus(url);
      console.log(JSON.stringify(status, null, 2));
      return status.pending.length || status.edited.length || status.failed.length ? 1 : 0;
    }
    case "create": {
      if (!name) {
        console.error("Usage: npm run db:migrate -- <name>");
        return 2;
      }
      await prepareDatabase(url, { migrate: false });
      const folder = await createMigration(url, name);
      console.log(folder ? `Created ${folder}` : "Schema matches the migrations; nothing to create");
      return 0;
    }
    default:
      console.error("Usage: tsx scripts/db.ts create <name> | deploy | status");
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DatabaseSetupError ? error.message : error);
    process.exit(1);
  },
);
