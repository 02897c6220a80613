import "server-only";
import { deliverDue } from "./deliver";
import { errorField, log } from "@/server/log";

// Delivery runs after each response that wrote messages (schedule.ts) and every
// SWEEP_INTERVAL_MS for retries and for messages written outside a request. One sweep at a time
// per process; across processes the claim in deliver.ts keeps each message to one sender.
export const SWEEP_INTERVAL_MS = 30_000;
const BATCH = 20;

let running: Promise<void> | null = null;
let again = false;

/** Sends everything due, batch after batch. Errors are logged, never thrown. */
export function runDeliverySweep(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        while ((await deliverDue({ limit: BATCH })).claimed === BATCH);
      } while (again);
    } catch (error) {
      log.warn({ job: "notify", error: errorField(error) }, "delivery sweep failed");
    } finally {
      running = null;
    }
  })();
  return running;
}

let timer: ReturnType<typeof setInterval> | null = null;

/** Starts the periodic sweep (instrumentation.ts); it does not keep the process alive. */
export function startDeliverySweep(intervalMs = SWEEP_INTERVAL_MS) {
  if (timer) return;
  timer = setInterval(() => void runDeliverySweep(), intervalMs);
  timer.unref();
}

/** Stops the periodic sweep and waits for a running one (shutdown). */
export async function stopDeliverySweep() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
