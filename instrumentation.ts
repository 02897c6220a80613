// Runs once when the server starts: refuse to run in production without the secrets it needs,
// close the database cleanly on shutdown, and start the periodic delivery of SMS and e-mail
// (retries, and messages written outside a request) the job that applies due plan changes, the SLA sweep, the remedy sweep and the churn scoring. Nothing runs in the background while
// `next build` loads the app or under tests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertProductionEnv, backgroundWorkAllowed } = await import("./server/env");
    assertProductionEnv();
    const { closeDatabaseOnSignals } = await import("./server/shutdown");
    closeDatabaseOnSignals();
    if (backgroundWorkAllowed()) {
      const { startDeliverySweep } = await import("./server/notify/sweep");
      startDeliverySweep();
      // Plan changes take effect at 00:00 on the 1st (China time): applied within minutes of it.
      const { startPlanChangeJob } = await import("./server/jobs/plan-changes");
      startPlanChangeJob();
      // SLA warnings (80 % elapsed) and breaches with escalation, from the stored deadlines.
      const { startSlaSweep } = await import("./server/jobs/sla-sweep");
      startSlaSweep();
      // The audit table's hash chain: new rows sealed every minute (server/audit-chain.ts).
      const { startAuditSealJob } = await import("./server/jobs/audit-seal");
      startAuditSealJob();
      // Retention (lib/domain/privacy.ts periods): once a day, expired records deleted or anonymised.
      const { startRetentionJob } = await import("./server/jobs/retention");
      startRetentionJob();
      // The measured compliance on /commitments and the home page, every four minutes.
      const { startComplianceJob } = await import("./server/jobs/compliance");
      startComplianceJob();
      // Incident notices (every stage, to customers with an affected line and status subscribers)
      // not finished right after the staff action: a crash mid-way is completed here.
      const { startIncidentFanoutJob } = await import("./server/jobs/incident-fanout");
      startIncidentFanoutJob();
      // Remedies for broken commitments: proposed here, decided by staff at /admin/remedies.
      const { startRemedySweep } = await import("./server/jobs/remedy-sweep");
      startRemedySweep();
      // Churn risk (lib/domain/churn.ts): every customer scored once a day for /admin/retention.
      const { startChurnJob } = await import("./server/jobs/churn-score");
      startChurnJob();
    }
  }
}

/**
 * Errors Next.js caught while rendering, in a route handler, an action or the proxy: one
 * structured log line with the request id, the route pattern (not the URL, which can carry
 * identifiers) and the scrubbed error (server/log.ts). The user sees error.tsx with the digest.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, errorField } = await import("./server/log");
  const requestId = request.headers["x-request-id"];
  const digest = typeof error === "object" && error !== null && "digest" in error ? String((error as { digest: unknown }).digest) : undefined;
  log.error(
    { event: "request-error", requestId: typeof requestId === "string" ? requestId : undefined, method: request.method, route: context.routePath, routeType: context.routeType, digest, error: errorField(error) },
    "request failed",
  );
}
