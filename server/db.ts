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

function create(): Holder {
  const holder = { engine: null } as Holder;
  holder.prisma = new PrismaClient({ adapter: lazyFactory(holder) });
  return holder;
}

// Reuse one client across hot reloads in development.
const g = globalThis as unknown as { __servicehallDb?: Holder };
const holder = env.NODE_ENV === "development" ? (g.__servicehallDb ??= create()) : create();

export const db = holder.prisma;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Closes the client and the engine (tests, scripts, shutdown). */
export async function closeDb() {
  await db.$disconnect();
  if (holder.engine) await (await holder.engine).close();
  holder.engine = null;
}
