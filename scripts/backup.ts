// npm run backup [-- --out <folder>]: a consistent backup of the database DATABASE_URL names
// (PostgreSQL: pg_dump in one snapshot; embedded PGlite: the folder's own dump, which needs the
// app stopped). Writes the data file and its manifest (engine, migrations, row counts, SHA-256).
import path from "node:path";
import { backup } from "../prisma/backup";
import { describeTarget, parseDatabaseUrl } from "../prisma/engine";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const outDir = path.resolve(option("out") ?? "./backups");
  const manifest = await backup(target, outDir);
  console.log(`Backed up ${describeTarget(target)} to ${manifest} (and the data file beside it).`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
