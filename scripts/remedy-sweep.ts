// `npm run jobs:remedy-sweep`: runs the remedy sweep once (proposals for broken commitments) and
// exits. The server does the same every minute (instrumentation.ts); this is for cron, e.g.
//   * * * * *  cd /srv/servicehall && npm run --silent jobs:remedy-sweep
// Safe to run beside the server on PostgreSQL and as often as you like (each remedy is proposed
// once). On the embedded engine (PGlite) run it only while the server is stopped: a PGlite data
// folder must have one process at a time.
import { runRemedySweep } from "../server/jobs/remedy-sweep";
import { closeDb } from "../server/db";

async function main() {
  const now = new Date();
  const { proposed } = await runRemedySweep(now);
  console.log(`Remedy sweep at ${now.toISOString()}: ${proposed} remedy(ies) proposed.`);
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
