// Where integration tests get their databases. DATABASE_URL chooses the engine for the run:
// unset → embedded PGlite; postgresql://… → that server, used only to create and drop
// throw-away databases (sh_test_*), never to hold test data itself.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl } from "../engine";

export const target = parseDatabaseUrl(process.env.TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL ?? "pglite:memory");
export const engineName = target.kind;

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sql: string) {
  if (target.kind !== "postgresql") throw new Error("adminQuery needs PostgreSQL");
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function newPgliteDir(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `servicehall-${label}-`));
}

export function clonePgliteDir(template: string): string {
  const dir = newPgliteDir("test");
  cpSync(template, dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
