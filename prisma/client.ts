// A Prisma client for scripts (seed, benchmarks, test set-up), on the engine DATABASE_URL names.
// The app itself uses server/db.ts.
import { PrismaClient } from "../server/generated/prisma/client";
import { describeTarget, openEngine, parseDatabaseUrl, type EngineTarget } from "./engine";

export async function openScriptClient(target: EngineTarget = parseDatabaseUrl(process.env.DATABASE_URL)) {
  const engine = await openEngine(target);
  const prisma = new PrismaClient({ adapter: engine.factory });
  return {
    prisma,
    description: describeTarget(target),
    close: async () => {
      await prisma.$disconnect();
      await engine.close();
    },
  };
}
