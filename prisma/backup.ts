// Backup and restore for both engines (issue 8 part 6; docs/decisions/0024-backup-and-restore.md).
//   PostgreSQL: pg_dump in custom format inside one exported snapshot, so that the row counts in
//               the manifest and the dump are the same instant; pg_restore --clean in one
//               transaction.
//   PGlite:     the data folder's own consistent dump (dumpDataDir), taken only while no other
//               process has the folder open (the folder lock in prisma/engine.ts); restore loads it
//               into a fresh folder and keeps the replaced one beside it.
// Each backup is two files: the data (.dump or .tar.gz) and a manifest (.json) with the engine,
// the migrations applied, the row count of every table and the data file's SHA-256. Restore
// checks the hash before it touches anything and the row counts after.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { assertFolderFree, type EngineTarget } from "./engine";

export type Manifest = {
  format: 1;
  engine: EngineTarget["kind"];
  createdAt: string;
  /** The data file, beside the manifest. */
  file: string;
  sha256: string;
  migrations: string[];
  counts: Record<string, number>;
};

type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** Every table of the public schema (the app's and Prisma's migration table) with its row count. */
export async function tableCounts(query: Query): Promise<Record<string, number>> {
  const tables = await query(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await query(`SELECT count(*)::int AS n FROM "${String(name).replaceAll('"', '""')}"`);
    counts[String(name)] = Number(row?.n ?? 0);
  }
  return counts;
}

async function appliedMigrations(query: Query): Promise<string[]> {
  const rows = await query(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return rows.map((r) => String(r.name));
}

const sha256 = (buffer: Buffer) => createHash("sha256").update(buffer).digest("hex");
const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`${command} could not start: ${error.message}`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`))));
  });
}

function writeManifest(dataFile: string, manifest: Omit<Manifest, "file" | "sha256">): string {
  const file = `${dataFile}.json`;
  const full: Manifest = { ...manifest, file: path.basename(dataFile), sha256: sha256(readFileSync(dataFile)) };
  writeFileSync(file, `${JSON.stringify(full, null, 2)}\n`);
  return file;
}

export function readManifest(manifestFile: string): { manifest: Manifest; dataFile: string } {
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  if (manifest.format !== 1 || !manifest.file || !manifest.sha256) throw new Error(`${manifestFile} is not a ServiceHall backup manifest`);
  const dataFile = path.join(path.dirname(manifestFile), manifest.file);
  if (!existsSync(dataFile)) throw new Error(`The backup's data file ${dataFile} is missing`);
  if (sha256(readFileSync(dataFile)) !== manifest.sha256) throw new Error(`${dataFile} does not match its manifest (SHA-256 differs): refusing to restore it`);
  return { manifest, dataFile };
}

/** Takes a backup into `outDir`; returns the manifest's path. */
export async function backup(target: EngineTarget, outDir: string, now = new Date()): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  if (target.kind === "postgresql") {
    const dataFile = path.join(outDir, `servicehall-postgresql-${stamp(now)}.dump`);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      // The counts and pg_dump read one snapshot: the transaction exporting it stays open until
      // pg_dump has finished.
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
      const query: Query = async (sql) => (await client.query(sql)).rows;
      const counts = await tableCounts(query);
      const migrations = await appliedMigrations(query);
      await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0]!.snapshot}`, `--file=${dataFile}`, `--dbname=${target.url}`]);
      await client.query("COMMIT");
      return writeManifest(dataFile, { format: 1, engine: "postgresql", createdAt: now.toISOString(), migrations, counts });
    } finally {
      await client.end();
    }
  }
  if (!target.dataDir) throw new Error("An in-memory database has nothing to back up");
  if (!existsSync(target.dataDir)) throw new Error(`There is no database folder at ${target.dataDir}`);
  const release = assertFolderFree(target.dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = new PGlite(target.dataDir);
    try {
      await db.waitReady;
      const query: Query = async (sql) => (await db.query<Record<string, unknown>>(sql)).rows;
      const counts = await tableCounts(query);
      const migrations = await appliedMigrations(query);
      const blob = await db.dumpDataDir("gzip");
      const dataFile = path.join(outDir, `servicehall-pglite-${stamp(now)}.tar.gz`);
      writeFileSync(dataFile, Buffer.from(await blob.arrayBuffer()));
      return writeManifest(dataFile, { format: 1, engine: "pglite", createdAt: now.toISOString(), migrations, counts });
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

export type RestoreResult = { counts: Record<string, number>; replacedFolder: string | null };

/**
 * Restores a backup onto the target (same engine as the backup), replacing what is there, then
 * checks that every table holds the row count the manifest recorded.
 */
export async function restore(target: EngineTarget, manifestFile: string, now = new Date()): Promise<RestoreResult> {
  const { manifest, dataFile } = readManifest(manifestFile);
  if (manifest.engine !== target.kind) throw new Error(`This is a ${manifest.engine} backup; the target is ${target.kind}`);
  let counts: Record<string, number>;
  let replacedFolder: string | null = null;
  if (target.kind === "postgresql") {
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${target.url}`, dataFile]);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      counts = await tableCounts(async (sql) => (await client.query(sql)).rows);
    } finally {
      await client.end();
    }
  } else {
    if (!target.dataDir) throw new Error("Restore needs a database folder, not memory");
    const release = assertFolderFree(target.dataDir);
    try {
      if (existsSync(target.dataDir)) {
        replacedFolder = `${target.dataDir}.replaced-${stamp(now)}`;
        renameSync(target.dataDir, replacedFolder);
      }
      mkdirSync(target.dataDir, { recursive: true });
      const { PGlite } = await import("@electric-sql/pglite");
      const db = new PGlite(target.dataDir, { loadDataDir: new Blob([readFileSync(dataFile)]) });
      try {
        await db.waitReady;
        counts = await tableCounts(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
      } finally {
        await db.close();
      }
    } finally {
      release();
    }
  }
  const differences = Object.keys({ ...manifest.counts, ...counts }).filter((t) => manifest.counts[t] !== counts[t]);
  if (differences.length) {
    throw new Error(`Restored, but the row counts differ from the backup's in ${differences.map((t) => `${t} (${counts[t] ?? "missing"} vs ${manifest.counts[t] ?? "absent"})`).join(", ")}`);
  }
  return { counts, replacedFolder };
}
