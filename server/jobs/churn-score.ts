import { errorField, log } from "@/server/log";
import "server-only";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { CHURN_BATCH, scoreAllCustomers, type ChurnCounts } from "./churn-batch";

// The churn score (R4.5): nightly in the server (instrumentation.ts), as `npm run jobs:churn`
// (scripts/churn-score.ts), and on demand from /admin/retention. Customers are taken in batches by
// id; each batch (server/jobs/churn-batch.ts) gathers its facts with one grouped query per factor
// (never a query per customer), scores them with the pure model (lib/domain/churn.ts), upserts
// ChurnScore in one statement and moves the lifecycle stage ACTIVE ↔ AT_RISK, in one transaction.
// A run is recorded by one audit row with its counts. Running it twice gives the same scores and
// changes no stage the second time.

/** The server scores once a day. */
export const CHURN_INTERVAL_MS = 86_400_000;

/**
 * Access: none — a system job (or a staff member's "rescore all", checked by the caller, who is
 * then the audited actor). Scores every customer but the churned ones, batch by batch in id
 * order; churned customers' scores are removed. One audit row for the run, with its counts.
 */
export async function runChurnScoring(now = new Date(), actor: StaffActor | null = null, batchSize = CHURN_BATCH): Promise<ChurnCounts> {
  const { removed, ...counts } = await scoreAllCustomers(db, now, batchSize);
  await db.$transaction((tx) => audit(tx, actor, { action: "churn.score", targetType: "ChurnScore", summary: { ...counts, removed, at: now.toISOString() } }));
  return counts;
}

let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= runChurnScoring()
    .then((c) => log.info({ job: "churn", ...c }, `scored ${c.scored} customer(s): ${c.high} high, ${c.medium} medium; ${c.atRisk} now at risk, ${c.restored} back to active`))
    .catch((error: unknown) => log.warn({ job: "churn", error: errorField(error) }, "the churn scoring failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the daily scoring (instrumentation.ts): fifteen minutes after start, then every 24 hours. */
export function startChurnJob() {
  if (timer) return;
  const first = setTimeout(() => void runOnce(), 15 * 60_000);
  first.unref();
  timer = setInterval(() => void runOnce(), CHURN_INTERVAL_MS);
  timer.unref();
}

export async function stopChurnJob() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
