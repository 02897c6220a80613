import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { parseAuditParams } from "@/lib/schemas/audit-search";
import { rejectionOf } from "@/prisma/test/assertions";
import { makeStaff } from "@/prisma/test/factories";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { AUDIT_PAGE_SIZE, searchAuditLog } from "./audit-log";

const search = (p: Record<string, string>) => parseAuditParams(p).search;

async function rows(actorId: string | null, action: string, n: number, extra: { targetId?: string; srn?: string; at?: Date } = {}) {
  for (let i = 0; i < n; i++) {
    await db.auditLog.create({
      data: { actorId, action, targetType: "ServiceRequest", targetId: extra.targetId ?? null, summary: extra.srn ? { srn: extra.srn } : {}, createdAt: extra.at ?? new Date() },
    });
  }
}

describe("searchAuditLog", () => {
  it("is for admins and auditors only", async () => {
    for (const role of STAFF_ROLES) {
      const { actor } = await makeStaff(role);
      if (roleCan(role, "audit:read")) await expect(searchAuditLog(actor, {})).resolves.toBeDefined();
      else expect(await rejectionOf(() => searchAuditLog(actor, {})), role).toBeInstanceOf(ForbiddenError);
    }
  });

  it("finds rows by actor, action (exact or family), target id, SRN, and date", async () => {
    const { actor } = await makeStaff("AUDITOR");
    const agent = await makeStaff("AGENT");
    const tag = randomUUID().slice(0, 8);
    await db.user.update({ where: { id: agent.user.id }, data: { displayName: `客服${tag}` } });
    const targetId = `c${tag}target000000000`;
    await rows(agent.user.id, "request.accept", 2, { targetId, srn: "SR20261128123456" });
    await rows(agent.user.id, "request.resolve", 1);
    await rows(null, "plan.applyDue", 1, { at: new Date(Date.UTC(2020, 0, 5, 4)) });

    expect((await searchAuditLog(actor, search({ actor: tag }))).items).toHaveLength(3);
    expect((await searchAuditLog(actor, search({ actor: tag, action: "request.accept" }))).items).toHaveLength(2);
    expect((await searchAuditLog(actor, search({ actor: tag, action: "request." }))).items).toHaveLength(3);
    expect((await searchAuditLog(actor, search({ target: targetId }))).items).toHaveLength(2);
    expect((await searchAuditLog(actor, search({ target: "SR20261128123456" }))).items).toHaveLength(2);
    const old = await searchAuditLog(actor, search({ actor: "system", from: "2020-01-05", to: "2020-01-05" }));
    expect(old.items.map((r) => r.action)).toEqual(["plan.applyDue"]);
    expect(old.items[0]!.actor).toBeNull();
  });

  it("pages newest first without gaps or repeats", async () => {
    const { actor } = await makeStaff("ADMIN");
    const action = `page.test${randomUUID().slice(0, 6).replace(/\d/g, "x")}`;
    const at = new Date();
    await rows(null, action, AUDIT_PAGE_SIZE + 3, { at });
    const first = await searchAuditLog(actor, search({ action }));
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await searchAuditLog(actor, { ...search({ action }), after: first.next! });
    expect(second.items).toHaveLength(3);
    expect(second.next).toBeNull();
    expect(new Set([...first.items, ...second.items].map((r) => r.id)).size).toBe(AUDIT_PAGE_SIZE + 3);
    const stale = await searchAuditLog(actor, { ...search({ action }), after: "bm9wZQ" });
    expect(stale.staleCursor).toBe(true);
    expect(stale.items).toHaveLength(AUDIT_PAGE_SIZE);
  });
});
