// Chooses the database engine from DATABASE_URL. Shared by the app (server/db.ts), the migration
// script and the seed; it lives outside server/ because scripts run without the react-server
// condition that `server-only` needs.
//   unset or "pglite:<dir>"  → embedded PGlite persisted in <dir> (default ./data/pglite)
//   "pglite:memory"          → embedded PGlite in memory (tests)
//   "postgresql://…"         → PostgreSQL through node-postgres
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const DEFAULT_PGLITE_DIR = "./data/pglite";

export type EngineTarget =
  | { kind: "pglite"; dataDir: string | null }
  | { kind: "postgresql"; url: string };

export function parseDatabaseUrl(url: string | undefined): EngineTarget {
  const value = url?.trim();
  if (!value) return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ DEFAULT_PGLITE_DIR) };
  if (value.startsWith("postgresql://") || value.startsWith("postgres://")) {
    return { kind: "postgresql", url: value };
  }
  if (value.startsWith("pglite:")) {
    const rest = value.slice("pglite:".length);
    if (rest === "memory" || rest === "memory://") return { kind: "pglite", dataDir: null };
    return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ rest || DEFAULT_PGLITE_DIR) };
  }
  throw new Error(
    "DATABASE_URL must be empty, pglite:<folder>, pglite:memory or postgresql://… (got an unsupported scheme)",
  );
}

export function describeTarget(target: EngineTarget): string {
  if (target.kind === "postgresql") {
    const u = new URL(target.url);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return target.dataDir ? `PGlite ${path.relative(process.cwd(), target.dataDir) || "."}` : "PGlite (memory)";
}

export type OpenEngine = {
  target: EngineTarget;
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

export async function openEngine(target: EngineTarget): Promise<OpenEngine> {
  if (target.kind === "postgresql") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { Pool } = (await import("pg")).default;
    // Our own pool, so that close() really ends its connections (tests drop their databases).
    // The Prisma adapter sends instants as UTC wall-clock text without an offset; a session in
    // any other time zone (servers in China often run on Asia/Shanghai) would shift them.
    const pool = new Pool({ connectionString: target.url, max: 10, options: "-c TimeZone=UTC" });
    // An idle connection that the server ends (restart, admin kill) must not crash the process:
    // without a listener node-postgres re-throws the error. The pool replaces the connection.
    pool.on("error", (error) => console.warn(`[db] idle PostgreSQL connection closed: ${error.message}`));
    let open = true;
    return {
      target,
      factory: withWholeScripts(new PrismaPg(pool)),
      close: async () => {
        if (open) await pool.end();
        open = false;
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  // PGlite does not create missing parent folders, and its error for that is opaque.
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const release = target.dataDir ? assertFolderFree(target.dataDir) : () => {};
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
    await pg.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  return {
    target,
    factory: new PrismaPGlite(pg),
    // The adapter's dispose() does nothing; PGlite must be closed itself to flush its files.
    close: async () => {
      if (!pg.closed) await pg.close();
      release();
    },
  };
}

type PgFactory = InstanceType<typeof import("@prisma/adapter-pg").PrismaPg>;

/**
 * The PostgreSQL adapter runs a migration script by splitting it on every ";" — which breaks any
 * migration with a trigger function body, or a semicolon in a comment. Send the script whole
 * instead, as one simple-protocol query, as the native schema engine does (PGlite's adapter
 * already does this). Only the schema engine calls executeScript.
 */
function withWholeScripts(factory: PgFactory): PgFactory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = adapter.underlyingDriver() as { query: (sql: string) => Promise<unknown> };
    adapter.executeScript = async (script: string) => {
      try {
        await client.query(script);
      } catch (error) {
        // Let the adapter turn the driver error into its own error type, as it does for queries.
        (adapter as unknown as { onError: (e: unknown) => never }).onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

// A PGlite folder opened by two processes at once is corrupted, so the process that opens one
// writes its pid to "<folder>.pid" (created exclusively) and removes it on close. A folder whose
// pid file names a live other process is refused with a clear message; one left by a process that
// died (SIGKILL, power loss) is taken over. Opens within one process are counted.
const folderLocks = new Map<string, number>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder for this process (or throws if another live process has it); returns the release. */
export function assertFolderFree(dataDir: string): () => void {
  const file = `${dataDir}.pid`;
  const held = folderLocks.get(file) ?? 0;
  if (!held) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const fd = openSync(file, "wx");
        writeSync(fd, String(process.pid));
        closeSync(fd);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
        const pid = Number(existsSync(file) ? readFileSync(file, "utf8").trim() : 0);
        if (pid && pid !== process.pid && processAlive(pid)) {
          throw new Error(
            `The embedded database ${dataDir} is in use by process ${pid}. Stop that process first (if it is not a ServiceHall process, delete ${file}).`,
          );
        }
        try {
          unlinkSync(file);
        } catch {
          // Another process took it over in between: the second attempt will say so.
        }
      }
    }
  }
  folderLocks.set(file, held + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (folderLocks.get(file) ?? 1) - 1;
    if (left > 0) {
      folderLocks.set(file, left);
      return;
    }
    folderLocks.delete(file);
    try {
      if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
}
