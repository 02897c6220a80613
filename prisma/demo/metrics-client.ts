import type { PrismaClient } from "../../server/generated/prisma/client";

// The demo's improvement projects store figures computed by the one metric code
// (server/dal/metrics.ts computeMetric), which queries through the app's client (server/db.ts).
// That module keeps its one client per process on globalThis.__servicehallDb (outside tests), so
// the seed hands it its own client before the module is first loaded: the figures are computed on
// the database being seeded, and no second engine is opened on an embedded (PGlite) folder. In
// tests the app's client is the one the seed runs on. `npm run db:seed` runs with the
// server-only shim (package.json) so that the server module can be loaded from a script.

type Holder = { prisma: PrismaClient; engine: null };

export async function metricsOn(prisma: PrismaClient) {
  const g = globalThis as unknown as { __servicehallDb?: Holder };
  if (process.env.NODE_ENV !== "test") {
    g.__servicehallDb ??= { prisma, engine: null };
    if (g.__servicehallDb.prisma !== prisma) throw new Error("demo improvements: the app's database client is another than the seed's");
  }
  return import("../../server/dal/metrics");
}
