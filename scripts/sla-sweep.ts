// `npm run jobs:sla-sweep`: runs the SLA sweep once (warnings at 80 %, breaches and escalation) and
// exits. The server does the same every minute (instrumentation.ts); this is for cron, e.g.
//   * * * * *  cd /srv/servicehall && npm run --silent jobs:sla-sweep
// Safe to run beside the server on PostgreSQL and as often as you like (each alert is sent
// once). On the embedded engine (PGlite) run it only while the server is stopped: a PGlite data
// folder must have one process at a time.
import { runSlaSweep } from "../server/jobs/sla-sweep";
import { closeDb } from "../server/db";

async function main() {
  const now = new Date();
  const { alerts } = await runSlaSweep(now);
  console.log(`SLA sweep at ${now.toISOString()}: ${alerts} new alert(s) sent.`);
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
