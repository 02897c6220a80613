import "server-only";
import { COMPLIANCE_MAX_AGE_MS, recomputeCompliance } from "../dal/compliance";

// Keeps the measured compliance on /commitments and the home page fresh (ADR 0013): every five
// minutes in the server (instrumentation.ts) and on demand as `npm run jobs:compliance`
// (scripts/compliance.ts). A reader that finds the figures older than five minutes recomputes them
// itself, so the job only spares visitors that wait. Safe on several instances: a recomputation
// upserts the same figures from the same data.

let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= recomputeCompliance()
    .catch((error: unknown) => console.warn(`[compliance] recomputing the figures failed: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the periodic recomputation: once now, then every five minutes; it does not keep the process alive. */
export function startComplianceJob(intervalMs = COMPLIANCE_MAX_AGE_MS) {
  if (timer) return;
  void runOnce();
  timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
}

/** Stops the periodic job and waits for a running pass (shutdown). */
export async function stopComplianceJob() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
