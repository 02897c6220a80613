// `npm run audit:verify`: seals what is not sealed yet (unless --no-seal), then walks the audit
// table's hash chain and recomputes every hash (server/audit-chain.ts). Exits 1 when a row was
// changed, removed or reordered, naming the first one. The head hash it prints can be written
// down elsewhere (a ticket, a notary) so that cutting rows off the end is detectable too.
// On the embedded engine (PGlite) run it only while the server is stopped.
import { sealAuditLog, verifyAuditChain } from "../server/audit-chain";
import { db, closeDb } from "../server/db";

async function main(): Promise<number> {
  const seal = !process.argv.includes("--no-seal");
  if (seal) {
    const n = await sealAuditLog();
    if (n) console.log(`Sealed ${n} new audit row(s).`);
  }
  const report = await verifyAuditChain();
  const head = await db.auditLog.findFirst({ where: { chainIndex: { not: null } }, orderBy: { chainIndex: "desc" }, select: { chainIndex: true, hash: true } });
  if (!report.ok) {
    console.error(`Audit chain BROKEN at position ${report.broken!.chainIndex} (${report.broken!.reason}${report.broken!.id ? `, row ${report.broken!.id}` : ""}); ${report.sealed} row(s) verified before it.`);
    return 1;
  }
  console.log(`Audit chain OK: ${report.sealed} row(s) verified, ${report.unsealed} not sealed yet.`);
  if (head) console.log(`Head: #${head.chainIndex} ${head.hash}`);
  return 0;
}

main()
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => undefined);
    process.exit(1);
  });
