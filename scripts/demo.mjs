// `npm run demo`: migrate the database, seed demo data if it is empty, build, and serve on
// http://localhost:3000 (PORT to change). `npm run dev` does the same with `next dev`. A random AUTH_SECRET is made once and kept in
// data/auth-secret (git-ignored) unless AUTH_SECRET is set: nothing secret is committed.
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const secretFile = path.join(root, "data", "auth-secret");

function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (existsSync(secretFile)) return readFileSync(secretFile, "utf8").trim();
  mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(secretFile, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const env = { ...process.env, AUTH_SECRET: authSecret(), NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true" };
const dev = process.argv.includes("--dev");
// Next's own binary, not npx: npx does not pass SIGTERM on, and the server must hear it to close
// the embedded database cleanly.
const next = path.join(root, "node_modules", ".bin", "next");
const steps = [["npm", ["run", "db:migrate"]], ["npm", ["run", "db:seed", "--", "--if-empty"]]];
if (!dev) steps.push([next, ["build"]]);

for (const [cmd, args] of steps) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? "3000";
console.log(`\nServiceHall: http://localhost:${port}  (demo accounts: see README.md)\n`);
const server = spawn(next, [dev ? "dev" : "start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
