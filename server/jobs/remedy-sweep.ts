import "server-only";
import { proposeFromBreaches, proposeFromIncidents } from "./remedy-proposals";
import { errorField, log } from "@/server/log";

// The remedy sweep (issue 6): every minute in the server (instrumentation.ts) and on demand as
// `npm run jobs:remedy-sweep` (scripts/remedy-sweep.ts). It proposes remedies — it never decides
// or credits one: staff approve or reject each at /admin/remedies. Idempotent and safe on several
// instances: every proposal has a unique dedupe key and is inserted with ON CONFLICT DO NOTHING
// (server/jobs/remedy-proposals.ts). Proposals are made here rather than inside the SLA sweep or
// the incident's restore action so that neither waits on the rule table, and so that a rule made
// active later still catches the breaches of the look-back window.

export const REMEDY_SWEEP_INTERVAL_MS = 60_000;

/** Access: none — a system job. Returns how many remedies it proposed (0 on a second run). */
export async function runRemedySweep(now = new Date()) {
  const fromBreaches = await proposeFromBreaches(now);
  const fromIncidents = await proposeFromIncidents(now);
  return { proposed: fromBreaches + fromIncidents, fromBreaches, fromIncidents };
}

let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= runRemedySweep()
    .then(({ proposed }) => {
      if (proposed) log.info({ job: "remedies" }, `proposed ${proposed} remedy(ies)`);
    })
    .catch((error: unknown) => log.warn({ job: "remedies", error: errorField(error) }, "the remedy sweep failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the periodic sweep (instrumentation.ts): once now, then every minute; it does not keep the process alive. */
export function startRemedySweep(intervalMs = REMEDY_SWEEP_INTERVAL_MS) {
  if (timer) return;
  void runOnce();
  timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
}

/** Stops the periodic sweep and waits for a running pass (shutdown). */
export async function stopRemedySweep() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
