// Runs once when the server starts: refuse to run in production without the secrets it needs,
// and close the database cleanly on shutdown.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertProductionEnv } = await import("./server/env");
    assertProductionEnv();
    const { closeDatabaseOnSignals } = await import("./server/shutdown");
    closeDatabaseOnSignals();
  }
}
