// `npm run jobs:incident-fanout`: finishes the notices of every incident stage not yet fanned out
// (customers with an affected line, status subscribers, linked fault reports) and exits. The
// server does the same every minute (instrumentation.ts) and right after each staff action; this
// is for cron or after a crash, e.g.
//   * * * * *  cd /srv/servicehall && npm run --silent jobs:incident-fanout
// Safe beside the server on PostgreSQL (each notice is sent once). On the embedded engine (PGlite)
// run it only while the server is stopped: a PGlite data folder must have one process at a time.
import { runIncidentFanout } from "../server/jobs/incident-fanout";
import { closeDb } from "../server/db";

async function main() {
  const { stages, failed } = await runIncidentFanout();
  console.log(`Incident fan-out at ${new Date().toISOString()}: ${stages} stage(s) finished, ${failed} left for the next run.`);
  if (failed) process.exitCode = 1;
}

main()
  .then(async () => {
    await closeDb();
    process.exit(process.exitCode ?? 0);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => undefined);
    process.exit(1);
  });
