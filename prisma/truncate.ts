import type { PrismaClient } from "../server/generated/prisma/client";

/** Empties every application table (not the migration history). Demo seed and tests only. */
export async function truncateAll(prisma: Pick<PrismaClient, "$queryRaw" | "$executeRawUnsafe">) {
  const tables = await prisma.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
  }
}
