// Runs once when the server starts: refuse to run in production without the secrets it needs.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertProductionEnv } = await import("./server/env");
    assertProductionEnv();
  }
}
