// npm run restore -- <backup manifest .json>: replaces the database DATABASE_URL names with the
// backup (same engine), after checking the data file against its manifest; then checks that every
// table has the row count the backup recorded. PGlite: stop the app first; the replaced folder is
// kept beside the new one (<folder>.replaced-<time>). PostgreSQL: one transaction (pg_restore
// --clean --single-transaction), so a failed restore leaves the database as it was.
import path from "node:path";
import { restore } from "../prisma/backup";
import { describeTarget, parseDatabaseUrl } from "../prisma/engine";

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Usage: npm run restore -- <backups/servicehall-….json>");
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const result = await restore(target, path.resolve(file));
  const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
  console.log(`Restored ${describeTarget(target)} from ${file}: ${Object.keys(result.counts).length} tables, ${rows} rows, all counts as backed up.`);
  if (result.replacedFolder) console.log(`The previous folder is kept at ${result.replacedFolder}; delete it once you are satisfied.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
