import "server-only";
import { sealAuditLog } from "../audit-chain";
import { errorField, log } from "@/server/log";

// Seals new audit rows into the hash chain every minute (server/audit-chain.ts). Safe on several
// instances: the sealer holds an advisory lock, so the chain has one order.

export const AUDIT_SEAL_INTERVAL_MS = 60_000;
let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= sealAuditLog()
    .catch((error: unknown) => log.warn({ job: "audit", error: errorField(error) }, "sealing the audit chain failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the periodic sealing (instrumentation.ts); it does not keep the process alive. */
export function startAuditSealJob(intervalMs = AUDIT_SEAL_INTERVAL_MS) {
  if (timer) return;
  void runOnce();
  timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
}

export async function stopAuditSealJob() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
