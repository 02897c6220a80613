import "server-only";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client";
import { openEngine, parseDatabaseUrl, type OpenEngine } from "@/prisma/engine";
import { env } from "./env";

// The one Prisma client. The engine (embedded PGlite or PostgreSQL) is chosen by DATABASE_URL
// and opened on the first query, never at import: `next build` imports route modules, and an
// embedded data folder must be opened by one process only.
type Holder = { prisma: PrismaClient; engine: Promise<OpenEngine> | null };

function lazyFactory(holder: Holder): SqlMigrationAwareDriverAdapterFactory {
  const target = parseDatabaseUrl(env.DATABASE_URL);
  const open = () => (holder.engine ??= openEngine(target));
  return {
    provider: "postgres",
    adapterName: target.kind === "postgresql" ? "@prisma/adapter-pg" : "pglite-prisma-adapter",
    connect: async () => (await open()).factory.connect(),
    connectToShadowDb: async () => (await open()).factory.connectToShadowDb(),
  };
}

// Interactive transactions wait for a pooled connection: Prisma's default of 2 s made a burst of
// submissions (100 at once on a pool of 10) fail with "Unable to start a transaction in the given
// time" instead of queueing (server/dal/integrity-under-load.int.test.ts on PostgreSQL). A request
// may now wait up to 15 s for a connection and hold it up to 15 s.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

function create(): Holder {
  const holder = { engine: null } as Holder;
  // npm run bench:explain (scripts/bench-explain.ts) listens to the SQL the DAL sends.
  const log = process.env.SERVICEHALL_QUERY_EVENTS === "1" ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};
  holder.prisma = new PrismaClient({ adapter: lazyFactory(holder), transactionOptions: TRANSACTION_OPTIONS, ...log });
  return holder;
}

// One client per process, kept on globalThis: Next.js bundles instrumentation.ts (the background
// jobs) apart from the routes, so this module can be evaluated more than once in one server, and
// two PGlite instances on one data folder corrupt it ("RuntimeError: Aborted()"). It also
// survives hot reloads in development. Tests make their own (each test file has its own database).
const g = globalThis as unknown as { __servicehallDb?: Holder };
const holder = env.NODE_ENV === "test" ? create() : (g.__servicehallDb ??= create());

export const db = holder.prisma;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Closes the client and the engine (tests, scripts, shutdown). */
export async function closeDb() {
  await db.$disconnect();
  if (holder.engine) await (await holder.engine).close();
  holder.engine = null;
}
