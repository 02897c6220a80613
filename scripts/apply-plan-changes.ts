// `npm run jobs:plan-changes`: applies every plan change whose effective date has come, once, and
// exits. The server does the same every few minutes (instrumentation.ts); this is for cron, e.g.
//   5 0 1 * *  cd /srv/servicehall && npm run --silent jobs:plan-changes
// Safe to run beside the server on PostgreSQL and as often as you like (each change is applied
// once). On the embedded engine (PGlite) run it only while the server is stopped: a PGlite data
// folder must have one process at a time.
import { applyDuePlanChanges } from "../server/jobs/plan-changes";
import { closeDb } from "../server/db";

async function main() {
  const now = new Date();
  const counts = await applyDuePlanChanges(now);
  console.log(`Plan changes due by ${now.toISOString()}: ${counts.applied} applied, ${counts.lineTerminated} cancelled (line terminated), ${counts.skipped} already handled.`);
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
