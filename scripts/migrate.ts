// Migrations without Prisma's native schema engine (which cannot be downloaded everywhere):
// the WebAssembly schema engine, driven through the same driver adapters the app uses.
//   deploy        apply pending migrations to DATABASE_URL (PGlite by default, or PostgreSQL)
//   create NAME   write prisma/migrations/<timestamp>_NAME/migration.sql for schema changes
//   reset         drop everything in DATABASE_URL, then apply all migrations
// See docs/decisions/0002-database.md.
import { migrateDeploy, migrateCreate, migrateReset } from "../prisma/migrations-engine";
import { parseDatabaseUrl, describeTarget } from "../prisma/engine";

async function main() {
  const [command, name] = process.argv.slice(2);
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  if (command === "deploy") {
    const applied = await migrateDeploy(target);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${describeTarget(target)}: ${applied.join(", ")}`
        : `${describeTarget(target)} is up to date.`,
    );
  } else if (command === "create") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      throw new Error("Usage: npm run db:migrate:create <name_in_snake_case>");
    }
    const file = await migrateCreate(name);
    console.log(file ? `Wrote ${file}` : "The schema matches the migrations: nothing to write.");
  } else if (command === "reset") {
    if (process.env.NODE_ENV === "production" && !process.argv.includes("--force")) {
      throw new Error("Refusing to reset with NODE_ENV=production (pass --force if you mean it).");
    }
    const applied = await migrateReset(target);
    console.log(`Reset ${describeTarget(target)} and applied ${applied.length} migration(s).`);
  } else {
    throw new Error("Usage: tsx scripts/migrate.ts deploy | create NAME | reset");
  }
}

main().then(
  // The wasm engine and Prisma leave timers behind that would keep Node alive.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
