import "server-only";
import { refreshCompliance } from "../dal/compliance";
import { errorField, log } from "@/server/log";

// Keeps the measured compliance on /commitments and the home page fresh (ADR 0013): every four
// minutes in the server (instrumentation.ts) — under the readers' five-minute limit, so they
// rarely wait — and on demand as `npm run jobs:compliance` (scripts/compliance.ts). A reader that
// finds the figures older than five minutes recomputes them itself (sharing a recomputation the
// job has running). Safe on several instances: a recomputation upserts the same figures from the
// same data.

export const COMPLIANCE_JOB_INTERVAL_MS = 4 * 60_000;

let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= refreshCompliance()
    .catch((error: unknown) => log.warn({ job: "compliance", error: errorField(error) }, "recomputing the figures failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the periodic recomputation: once now, then every four minutes; it does not keep the process alive. */
export function startComplianceJob(intervalMs = COMPLIANCE_JOB_INTERVAL_MS) {
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
