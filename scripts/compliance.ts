// `npm run jobs:compliance`: recomputes the measured compliance of every commitment (30 and 90
// days) once and exits. The server does the same every four minutes (instrumentation.ts); this is
// for cron, e.g.
//   */5 * * * *  cd /srv/servicehall && npm run --silent jobs:compliance
// Safe beside the server on PostgreSQL. On the embedded engine (PGlite) run it only while the
// server is stopped: a PGlite data folder must have one process at a time.
import { recomputeCompliance } from "../server/dal/compliance";
import { closeDb } from "../server/db";

async function main() {
  const now = new Date();
  const figures = await recomputeCompliance(now);
  console.log(`Compliance at ${now.toISOString()}: ${figures.length} figure(s) stored.`);
}

main()
  .then(async () => {
    await closeDb();
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => undefined);
    process.exit(1);
  });
