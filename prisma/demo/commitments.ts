import { readFileSync } from "node:fs";
import path from "node:path";
import type { DemoContext } from "./context";

// The published commitments (服务承诺) as migration 20261128232600_commitment_defaults writes them:
// the seed empties every table first, so their version 1 is written again from that migration's
// own INSERT (one text, no copy to drift). Their measured compliance is never seeded: the figures
// are computed from the demo's requests and incidents (server/dal/compliance.ts) when first read.
const MIGRATION = path.join(import.meta.dirname, "..", "migrations", "20261128232600_commitment_defaults", "migration.sql");

/** The migration's INSERT INTO "Commitment" statement. */
export function commitmentInsertSql(): string {
  const sql = readFileSync(MIGRATION, "utf8");
  const start = sql.indexOf('INSERT INTO "Commitment"');
  const end = sql.indexOf("DO NOTHING;", start);
  if (start < 0 || end < 0) throw new Error("the commitment defaults migration has no Commitment insert");
  return sql.slice(start, end + "DO NOTHING".length);
}

export async function seedCommitments({ prisma }: DemoContext) {
  await prisma.$executeRawUnsafe(commitmentInsertSql());
}
