// The SIGKILL drill (issue 8 part 5): a burst of fault reports through the real server action,
// the server killed with SIGKILL in the middle of it, restarted, and every report the server had
// acknowledged (its SRN in the redirect) looked up again through the app. Exit 1 if any is lost.
//
//   node scripts/kill-drill.mjs [--engine postgresql|pglite] [--count 80] [--port 3190]
//
// Needs a production build (`npm run build`) and, for PostgreSQL, a server where the URL in
// KILL_DRILL_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) may create a
// throw-away database. The submission is recorded once in Chromium (the real form, the real
// request) and replayed with fresh idempotency keys.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium } from "playwright";

const root = path.resolve(import.meta.dirname, "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const engine = arg("engine", "postgresql");
const COUNT = Number(arg("count", "80"));
const PORT = arg("port", "3190");
const BASE = `http://127.0.0.1:${PORT}`;
const CUSTOMER = { identifier: "13800000004", password: "Demo1234", line: "13800000014" };
const SRN = /SR\d{14}/;

let databaseUrl;
let cleanup = async () => {};
if (engine === "postgresql") {
  const admin = process.env.KILL_DRILL_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `sh_killdrill_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  databaseUrl = u.toString();
  cleanup = async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
} else if (engine === "pglite") {
  const dir = mkdtempSync(path.join(os.tmpdir(), "servicehall-killdrill-"));
  databaseUrl = `pglite:${path.join(dir, "db")}`;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
} else {
  throw new Error("--engine must be postgresql or pglite");
}
if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first");

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: "kill-drill-only-secret-not-for-any-real-deployment",
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_MANUAL_SIG_HANDLE: "true",
  SEED_DEMO: "true",
};

function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

function startServer() {
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", PORT, "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  return server;
}

async function waitHealthy() {
  for (let i = 0; i < 120; i += 1) {
    try {
      const res = await fetch(`${BASE}/api/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not come up");
}

/** Signs in as the customer in Chromium and records the fault form's server-action request. */
async function recordSubmission() {
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await page.goto(`${BASE}/login`);
    await page.getByLabel("手机号或邮箱").fill(CUSTOMER.identifier);
    await page.getByLabel("密码").fill(CUSTOMER.password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto(`${BASE}/account/requests/new/fault-repair`);
    const select = page.getByLabel("报修号码 / 账号");
    const value = await select.locator("option", { hasText: CUSTOMER.line }).getAttribute("value");
    await select.selectOption(value);
    const anyway = page.getByRole("button", { name: "仍要报修" });
    if (await anyway.isVisible()) await anyway.click();
    await page.getByLabel("故障现象").selectOption({ label: "无法拨打或接听电话" });
    await page.getByLabel("详细描述").fill("演练：拨打电话时提示无服务，已重启手机。");
    const captured = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await page.getByRole("button", { name: "提交报修" }).click();
    const request = await captured;
    await page.waitForURL(/\/account\/requests\/SR\d{14}/);
    const headers = await request.allHeaders();
    return { url: request.url(), headers, body: request.postData() ?? "", cookie: headers.cookie };
  } finally {
    await browser.close();
  }
}

const KEY = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function replay(recorded) {
  const key = recorded.body.match(KEY)?.[0];
  if (!key) throw new Error("The recorded submission has no idempotency key to vary");
  // Each replay is a new submission (new key); the line already has an open report, so each
  // says "this is another problem".
  const body = recorded.body.replaceAll(key, randomUUID()).replace(/"allowDuplicate":false/g, '"allowDuplicate":true');
  const headers = Object.fromEntries(Object.entries(recorded.headers).filter(([k]) => !k.startsWith(":") && k !== "content-length"));
  const res = await fetch(recorded.url, { method: "POST", headers, body, redirect: "manual" });
  const text = `${res.headers.get("x-action-redirect") ?? ""} ${await res.text()}`;
  const srn = text.match(SRN)?.[0];
  if (!srn) throw new Error(`no SRN in the answer (HTTP ${res.status})`);
  return srn;
}

let server;
try {
  console.log(`Kill drill on ${engine}: migrate and seed a throw-away database…`);
  step("npm", ["run", "--silent", "db:migrate"]);
  step("npm", ["run", "--silent", "db:seed"]);
  server = startServer();
  await waitHealthy();
  const recorded = await recordSubmission();

  const acknowledged = [];
  const failures = new Map();
  let killedAt = null;
  const killAfter = Math.floor(COUNT / 3);
  let next = 0;
  async function worker() {
    while (next < COUNT) {
      next += 1;
      try {
        const srn = await replay(recorded);
        acknowledged.push(srn);
        if (acknowledged.length === killAfter && killedAt === null) {
          killedAt = acknowledged.length;
          server.kill("SIGKILL");
        }
      } catch (error) {
        const reason = error instanceof Error ? (error.cause?.code ?? error.message) : String(error);
        failures.set(reason, (failures.get(reason) ?? 0) + 1);
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  await new Promise((r) => server.once("exit", r).once("error", r) && setTimeout(r, 2000));

  console.log("Restarting the server after SIGKILL…");
  server = startServer();
  await waitHealthy();
  const missing = [];
  for (const srn of acknowledged) {
    const res = await fetch(`${BASE}/account/requests/${srn}`, { headers: { cookie: recorded.cookie } });
    const html = await res.text();
    if (res.status !== 200 || !html.includes(srn)) missing.push(srn);
  }
  console.log(`\nSubmissions sent:        ${COUNT}`);
  console.log(`Acknowledged (an SRN):   ${acknowledged.length} (SIGKILL after the ${killedAt}th)`);
  console.log(`Not acknowledged:        ${COUNT - acknowledged.length} ${JSON.stringify(Object.fromEntries(failures))}`);
  console.log(`Acknowledged but lost:   ${missing.length}${missing.length ? ` ${missing.join(", ")}` : ""}`);
  if (killedAt === null) throw new Error("The burst ended before the kill: raise --count");
  if (new Set(acknowledged).size !== acknowledged.length) throw new Error("Two submissions were acknowledged with the same SRN");
  if (missing.length) throw new Error(`${missing.length} acknowledged submission(s) lost after SIGKILL on ${engine}`);
  console.log(`\nOK: every acknowledged submission survived SIGKILL on ${engine}.`);
} catch (error) {
  console.error(`Kill drill failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 3000));
    if (server.exitCode === null) server.kill("SIGKILL");
  }
  await cleanup();
}
