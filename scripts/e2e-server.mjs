// The server Playwright starts (playwright.config.ts → webServer): a fresh PGlite folder,
// migrated and seeded with the demo data, then `next start` on the existing production build.
// PGlite allows one process per data folder, so migrate and seed finish before the server opens it.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const DATA_DIR = "./data/e2e";
const PORT = process.env.E2E_PORT ?? "3100";

// The server's stdout (its structured logs) is also written here; e2e/global-teardown.ts scans
// it for personal data after the suite (scripts/scan-logs.mjs).
export const SERVER_LOG = "./data/e2e-server.log";

const env = {
  ...process.env,
  LOG_LEVEL: "info",
  DATABASE_URL: `pglite:${DATA_DIR}`,
  // Test-only values: this secret signs the sessions of a throw-away demo database.
  AUTH_SECRET: "e2e-only-auth-secret-not-for-any-real-deployment",
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  // Next.js leaves SIGINT/SIGTERM to the app, which closes the PGlite folder (server/shutdown.ts).
  NEXT_MANUAL_SIG_HANDLE: "true",
};

rmSync(path.join(root, DATA_DIR), { recursive: true, force: true });

// The seed refuses NODE_ENV=production unless told that this is a demo database (it is). Then
// the data only the suite needs (e2e/seed/).
const steps = [
  ["npm", ["run", "--silent", "db:migrate"]],
  ["npm", ["run", "--silent", "db:seed"]],
  [path.join(root, "node_modules", ".bin", "tsx"), ["e2e/seed/index.ts"]],
];
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { cwd: root, env: { ...env, SEED_DEMO: "true" }, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`e2e-server: ${command} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

const next = path.join(root, "node_modules", ".bin", "next");
mkdirSync(path.join(root, "data"), { recursive: true });
const logFile = createWriteStream(path.join(root, SERVER_LOG), { flags: "w" });
const server = spawn(next, ["start", "-p", PORT, "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  logFile.write(chunk);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => logFile.end(() => process.exit(code ?? (signal ? 0 : 1))));
