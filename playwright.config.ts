import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in a real Chromium against `next build && next start` on a fresh, seeded
// PGlite folder (scripts/e2e-server.mjs). Debian's Chromium is used where it is installed
// (Playwright's browser download is unavailable on those machines); elsewhere Playwright's own.
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const CI = !!process.env.CI;
const systemChromium = "/usr/bin/chromium";

const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  // Files run in parallel on at most two workers; tests in one file run in order. Each test
  // creates what it changes or uses a demo customer that no other test changes.
  fullyParallel: false,
  workers: 2,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  // Scans the server's log of the run for personal data (issue 8 part 8).
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    // Signs in once per role through the UI and saves the session to e2e/.auth/<name>.json.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      dependencies: ["setup"],
      testMatch: /.*\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: !CI,
    timeout: 180_000,
    // The server's own output only when it fails to start or misbehaves (stderr).
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
