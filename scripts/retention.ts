// `npm run jobs:retention`: applies the retention table once (lib/domain/privacy.ts, the periods
// the privacy centre states) and exits, printing what each step deleted or anonymised. The server
// does the same once a day (instrumentation.ts); this is for cron, e.g.
//   30 3 * * *  cd /srv/servicehall && npm run --silent jobs:retention
// Safe to run beside the server on PostgreSQL and as often as you like (a second run finds
// nothing). On the embedded engine (PGlite) run it only while the server is stopped: a PGlite
// data folder must have one process at a time.
import { runRetention } from "../server/jobs/retention";
import { closeDb } from "../server/db";

async function main() {
  const now = new Date();
  const counts = await runRetention(now);
  const parts = Object.entries(counts).map(([step, n]) => `${step} ${n}`);
  console.log(`Retention at ${now.toISOString()}: ${parts.join(", ")}.`);
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
