// Before each integration test file: its own database, cloned from the template; emptied before
// every test; closed and dropped afterwards. Runs before the file imports server/db.ts, so the
// app's one Prisma client points at this database.
import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, inject } from "vitest";
import { adminQuery, clonePgliteDir, removeDir, target, withDatabase } from "./engines";

const templateUrl = inject("templateUrl");
let cleanup: () => Promise<void>;

if (target.kind === "postgresql") {
  const name = `sh_test_${randomBytes(6).toString("hex")}`;
  const template = new URL(templateUrl).pathname.slice(1);
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  process.env.DATABASE_URL = withDatabase(target.url, name);
  cleanup = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
} else {
  const dir = clonePgliteDir(templateUrl.slice("pglite:".length));
  process.env.DATABASE_URL = `pglite:${dir}`;
  cleanup = async () => removeDir(dir);
}

beforeEach(async () => {
  const { resetDatabase } = await import("./reset");
  await resetDatabase();
});

afterAll(async () => {
  const { closeDb } = await import("@/server/db");
  await closeDb();
  await cleanup();
});
