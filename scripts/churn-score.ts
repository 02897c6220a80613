// `npm run jobs:churn`: scores every customer's churn risk once (lib/domain/churn.ts) and exits,
// printing the counts. The server does the same once a day (instrumentation.ts); this is for cron,
// e.g.
//   15 2 * * *  cd /srv/servicehall && npm run --silent jobs:churn
// Safe to run beside the server on PostgreSQL and as often as you like (the same facts give the
// same scores). On the embedded engine (PGlite) run it only while the server is stopped: a PGlite
// data folder must have one process at a time.
import { runChurnScoring } from "../server/jobs/churn-score";
import { closeDb } from "../server/db";

async function main() {
  const now = new Date();
  const c = await runChurnScoring(now);
  console.log(`Churn scores at ${now.toISOString()}: ${c.scored} customer(s), ${c.high} high, ${c.medium} medium, ${c.low} low; ${c.atRisk} now at risk, ${c.restored} back to active.`);
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
