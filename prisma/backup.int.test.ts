// The backup drill (issue 8 part 6), on the engine this run targets: seed the demo → back up →
// destroy → restore → the same row count in every table and a working sign-in. Also: a tampered
// backup is refused before anything changes, and an embedded folder in use is not touched.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/passwords";
import { backup, readManifest, restore, tableCounts } from "./backup";
import { openScriptClient } from "./client";
import { DEMO_PASSWORD, DEMO_EMAIL_DOMAIN } from "./demo-data";
import type { EngineTarget } from "./engine";
import { migrateDeploy } from "./migrations-engine";
import { runSeed } from "./seed";
import { adminQuery, newPgliteDir, removeDir, target as runTarget, withDatabase } from "./test/engines";

const outDir = mkdtempSync(path.join(os.tmpdir(), "servicehall-backups-"));
const cleanups: Array<() => Promise<void> | void> = [() => rmSync(outDir, { recursive: true, force: true })];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freshTarget(label: string): Promise<EngineTarget> {
  if (runTarget.kind === "postgresql") {
    const name = `sh_test_${label}_${process.pid}_${Date.now()}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    return { kind: "postgresql", url: withDatabase(runTarget.url, name) };
  }
  const dir = newPgliteDir(label);
  cleanups.push(() => {
    removeDir(dir);
    for (const f of [`${dir}.pid`]) rmSync(f, { force: true });
  });
  return { kind: "pglite", dataDir: path.join(dir, "db") };
}

async function counts(target: EngineTarget) {
  const { prisma, close } = await openScriptClient(target);
  try {
    return await tableCounts((sql) => prisma.$queryRawUnsafe(sql));
  } finally {
    await close();
  }
}

/** Destroys the database's contents: the folder, or every table of the schema. */
async function destroy(target: EngineTarget) {
  if (target.kind === "pglite") {
    rmSync(target.dataDir!, { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

describe(`backup and restore (${runTarget.kind})`, () => {
  it("survives the drill: seed, back up, destroy, restore, same rows, sign-in works", async () => {
    const target = await freshTarget("drill");
    await migrateDeploy(target);
    const seeded = await openScriptClient(target);
    try {
      expect(await runSeed(seeded.prisma, { ifEmpty: false, description: "drill" })).toBe("seeded");
    } finally {
      await seeded.close();
    }
    const before = await counts(target);
    expect(before.User).toBeGreaterThan(5);
    expect(before.RequestEvent).toBeGreaterThan(0);
    expect(before._prisma_migrations).toBeGreaterThan(10);

    const manifestFile = await backup(target, outDir);
    const { manifest } = readManifest(manifestFile);
    expect(manifest.engine).toBe(target.kind);
    expect(manifest.counts).toEqual(before);
    expect(manifest.migrations.length).toBeGreaterThan(10);

    await destroy(target);
    if (target.kind === "postgresql") expect(await counts(target)).toEqual({});

    const result = await restore(target, manifestFile);
    expect(result.counts).toEqual(before);
    expect(await counts(target)).toEqual(before);

    const restored = await openScriptClient(target);
    try {
      const admin = await restored.prisma.user.findUniqueOrThrow({ where: { email: `admin@${DEMO_EMAIL_DOMAIN}` } });
      expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(admin.passwordHash, "wrong-password")).toBe(false);
    } finally {
      await restored.close();
    }
  }, 240_000);

  it("refuses a backup whose data file was changed, and changes nothing", async () => {
    const target = await freshTarget("tamper");
    await migrateDeploy(target);
    const before = await counts(target);
    const manifestFile = await backup(target, outDir);
    const { dataFile } = readManifest(manifestFile);
    const bytes = readFileSync(dataFile);
    const middle = bytes.length >> 1;
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    writeFileSync(dataFile, bytes);
    await expect(restore(target, manifestFile)).rejects.toThrow(/SHA-256/);
    expect(await counts(target)).toEqual(before);
  }, 120_000);

  it.runIf(runTarget.kind === "pglite")("does not touch an embedded folder another live process has open", async () => {
    const target = await freshTarget("busy");
    await migrateDeploy(target);
    const dataDir = (target as { dataDir: string }).dataDir;
    // The parent process (the test runner) is alive and is not us.
    writeFileSync(`${dataDir}.pid`, String(process.ppid));
    await expect(backup(target, outDir)).rejects.toThrow(/in use by process/);
    await expect(openScriptClient(target)).rejects.toThrow(/in use by process/);
    // A pid file left by a process that died is taken over.
    writeFileSync(`${dataDir}.pid`, "999999");
    const manifestFile = await backup(target, outDir);
    expect(existsSync(manifestFile)).toBe(true);
    expect(existsSync(`${dataDir}.pid`)).toBe(false);
  }, 120_000);
});
