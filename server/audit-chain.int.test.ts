import { describe, expect, it } from "vitest";
import { makeStaff } from "@/prisma/test/factories";
import { db } from "./db";
import { GENESIS_HASH, chainHash, sealAuditLog, verifyAuditChain } from "./audit-chain";

const DAY = 86_400_000;

async function write(action: string, summary: object = {}, createdAt = new Date()) {
  return db.auditLog.create({ data: { action, targetType: "Test", targetId: "t1", summary, createdAt } });
}

/** Runs `fn` with the append-only trigger off, as only the database owner could, to play the attacker. */
async function asOwnerWithoutGuard(fn: () => Promise<unknown>) {
  await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "audit_log_append_only"`);
  try {
    await fn();
  } finally {
    await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "audit_log_append_only"`);
  }
}

describe("audit table: append-only", () => {
  it("refuses UPDATE and DELETE of any row", async () => {
    const row = await write("request.accept", { srn: "SR1" });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { summary: { srn: "SR2" } } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id }, select: { summary: true } })).toEqual({ summary: { srn: "SR1" } });
  });

  it("lets a row be sealed once, and never re-sealed or changed while sealing", async () => {
    const row = await write("request.accept");
    await db.auditLog.update({ where: { id: row.id }, data: { chainIndex: 99n, hash: "a".repeat(64) } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { hash: "b".repeat(64) } })).rejects.toThrow();
    const other = await write("request.accept");
    await expect(db.auditLog.update({ where: { id: other.id }, data: { chainIndex: 100n, hash: "c".repeat(64), action: "forged" } })).rejects.toThrow();
  });

  it("lets the retention job delete sign-in logs past their 6 months, and nothing younger or else", async () => {
    const { user } = await makeStaff("AGENT");
    const old = await db.auditLog.create({ data: { action: "auth.login", targetType: "User", actorId: user.id, createdAt: new Date(Date.now() - 200 * DAY) } });
    const young = await db.auditLog.create({ data: { action: "auth.login", targetType: "User", actorId: user.id, createdAt: new Date(Date.now() - 10 * DAY) } });
    const oldChange = await write("request.accept", {}, new Date(Date.now() - 400 * DAY));
    await db.auditLog.delete({ where: { id: old.id } });
    await expect(db.auditLog.delete({ where: { id: young.id } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: oldChange.id } })).rejects.toThrow();
  });
});

describe("audit table: hash chain", () => {
  it("seals rows in order (sign-in logs outside the chain) and verifies", async () => {
    const a = await write("request.accept", { srn: "SR1", n: 1 });
    await write("auth.login");
    const b = await write("request.resolve", { srn: "SR1", nested: { z: 1, a: [1, "二"] } });
    expect(await sealAuditLog()).toBe(2);
    expect(await sealAuditLog()).toBe(0);
    const rows = await db.auditLog.findMany({ where: { chainIndex: { not: null } }, orderBy: { chainIndex: "asc" } });
    expect(rows.map((r) => r.id)).toEqual([a.id, b.id]);
    const [first, second] = rows as [(typeof rows)[number], (typeof rows)[number]];
    expect(first.hash).toBe(chainHash(GENESIS_HASH, 1n, first));
    expect(second.hash).toBe(chainHash(first.hash!, 2n, second));
    const c = await write("request.close");
    expect(await verifyAuditChain()).toEqual({ ok: true, sealed: 2, unsealed: 1 });
    expect(await sealAuditLog()).toBe(1);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: c.id } })).chainIndex).toBe(3n);
    expect(await verifyAuditChain()).toEqual({ ok: true, sealed: 3, unsealed: 0 });
  });

  it("two sealers at once make one chain", async () => {
    for (let i = 0; i < 20; i++) await write("request.note", { i });
    const [x, y] = await Promise.all([sealAuditLog(), sealAuditLog()]);
    expect(x + y).toBe(20);
    expect(await verifyAuditChain()).toMatchObject({ ok: true, sealed: 20 });
  });

  it("finds the first row changed or removed behind the trigger's back", async () => {
    for (let i = 0; i < 5; i++) await write("request.note", { i });
    await sealAuditLog();
    const third = await db.auditLog.findFirstOrThrow({ where: { chainIndex: 3n } });
    await asOwnerWithoutGuard(() => db.$executeRaw`UPDATE "AuditLog" SET "summary" = '{"i": 99}'::jsonb WHERE "id" = ${third.id}`);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, sealed: 2, broken: { chainIndex: "3", id: third.id, reason: "hash" } });
    await asOwnerWithoutGuard(() => db.$executeRaw`UPDATE "AuditLog" SET "summary" = '{"i": 2}'::jsonb WHERE "id" = ${third.id}`);
    expect(await verifyAuditChain()).toMatchObject({ ok: true, sealed: 5 });
    const second = await db.auditLog.findFirstOrThrow({ where: { chainIndex: 2n } });
    await asOwnerWithoutGuard(() => db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${second.id}`);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, sealed: 1, broken: { chainIndex: "2", reason: "gap" } });
  });
});
