import "server-only";
import { closeDb } from "./db";
import { env } from "./env";
import { stopDeliverySweep } from "./notify/sweep";
import { stopPlanChangeJob } from "./jobs/plan-changes";
import { stopSlaSweep } from "./jobs/sla-sweep";
import { stopRetentionJob } from "./jobs/retention";
import { stopAuditSealJob } from "./jobs/audit-seal";
import { stopComplianceJob } from "./jobs/compliance";
import { stopIncidentFanoutJob } from "./jobs/incident-fanout";
import { stopRemedySweep } from "./jobs/remedy-sweep";
import { stopChurnJob } from "./jobs/churn-score";

// An embedded PGlite folder must be closed, not killed: a killed one was once left unopenable.
// When NEXT_MANUAL_SIG_HANDLE is set (npm run demo does), Next.js leaves the signals to us.
export function closeDatabaseOnSignals() {
  if (!env.NEXT_MANUAL_SIG_HANDLE) return;
  let closing = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      const timer = setTimeout(() => process.exit(1), 10_000);
      Promise.all([stopDeliverySweep(), stopPlanChangeJob(), stopSlaSweep(), stopRetentionJob(), stopAuditSealJob(), stopComplianceJob(), stopIncidentFanoutJob(), stopRemedySweep(), stopChurnJob()])
        .catch(() => undefined)
        .then(() => closeDb())
        .then(
        () => {
          clearTimeout(timer);
          console.log(`ServiceHall: ${signal}, database closed.`);
          process.exit(0);
        },
        () => process.exit(1),
      );
    });
  }
}
