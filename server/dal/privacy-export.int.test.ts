import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { categoryTables } from "@/lib/domain/privacy";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makePlan, makeRequest, makeStaff } from "@/prisma/test/factories";
import { makeRemedy } from "@/prisma/test/remedy-factories";
import { signInAs } from "@/prisma/test/session";
import { Prisma } from "../generated/prisma/client";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { EXPORTED_MODELS, NOT_EXPORTED, exportMyData } from "./privacy-export";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

type Owner = Awaited<ReturnType<typeof makeCustomer>>;
const DAY = 24 * 3_600_000;

/** Gives the customer at least one row in every table that holds a customer's data; free texts carry `marker`. */
async function fill(owner: Owner, marker: string) {
  const agent = await makeStaff("AGENT");
  const now = new Date();
  const toPlan = await makePlan();
  await db.line.update({ where: { id: owner.line.id }, data: { address: `地址 ${marker}` } });
  await db.usageRecord.create({ data: { lineId: owner.line.id, month: "2026-10", dataMb: 1234 } });
  await db.bill.create({
    data: {
      lineId: owner.line.id,
      customerId: owner.customer.id,
      month: "2026-10",
      totalFen: 5800,
      issuedAt: now,
      dueAt: new Date(now.getTime() + 15 * DAY),
      items: { create: { kind: "PLAN_FEE", label: `月费 ${marker}`, labelEn: `Fee ${marker}`, amountFen: 5800 } },
    },
  });
  const request = await makeRequest(owner, { status: "RESOLVED", ownerId: agent.user.id });
  await db.serviceRequest.update({ where: { id: request.id }, data: { description: `描述 ${marker}` } });
  await db.requestEvent.createMany({
    data: [
      { requestId: request.id, kind: "resolve", visibility: "CUSTOMER", actorId: agent.user.id, body: `结果 ${marker}` },
      { requestId: request.id, kind: "note", visibility: "INTERNAL", actorId: agent.user.id, body: `内部备注 ${marker}` },
    ],
  });
  await db.followUp.create({ data: { requestId: request.id, reason: "LOW_RATING", dueAt: now, outcome: `回访结果 ${marker}`, note: `回访备注 ${marker}` } });
  const remedy = await makeRemedy(owner, { requestId: request.id, reason: `补偿原因 ${marker}` });
  await db.remedy.update({ where: { id: remedy.id }, data: { status: "REJECTED", decisionNote: `补偿备注 ${marker}` } });
  await db.rating.create({ data: { requestId: request.id, customerId: owner.customer.id, score: 2, reasons: ["tooLong"], comment: `评价 ${marker}` } });
  const planRequest = await makeRequest(owner, { type: "PLAN_CHANGE" });
  await db.planChange.create({ data: { lineId: owner.line.id, fromPlanId: owner.line.planId, toPlanId: toPlan.id, requestId: planRequest.id, effectiveAt: now, feeDiffFen: 1000 } });
  const wave = await db.surveyWave.upsert({ where: { code: "NPS-TEST" }, update: {}, create: { code: "NPS-TEST", kind: "NPS", title: "调查", titleEn: "Survey", startsAt: now, endsAt: new Date(now.getTime() + DAY) } });
  await db.surveyResponse.create({ data: { waveId: wave.id, customerId: owner.customer.id, score: 9, reason: `原因 ${marker}` } });
  await db.surveyInvitation.create({ data: { waveId: wave.id, customerId: owner.customer.id } });
  await db.churnScore.create({ data: { customerId: owner.customer.id, score: 40, band: "MEDIUM", reasons: [{ code: "complaints", count: 1, points: 15 }], computedAt: now } });
  const staffer = await db.user.findFirstOrThrow({ where: { role: { not: "CUSTOMER" } } }).catch(async () => (await makeStaff("AGENT")).user);
  await db.winBackTask.create({ data: { customerId: owner.customer.id, scoreAtStart: 40, offer: `话费券 ${marker}`, createdById: staffer.id, dueAt: now, note: `挽留备注 ${marker}` } });
  await db.notification.createMany({
    data: [
      { recipientId: owner.user.id, channel: "IN_APP", template: "request.resolved", payload: { srn: request.srn, message: `通知 ${marker}` }, status: "SENT" },
      { recipientId: owner.user.id, channel: "SMS", address: "13700000000", template: "privacy.phoneCode", payload: { code: "424242" }, status: "SENT" },
    ],
  });
  await db.consent.create({ data: { userId: owner.user.id, kind: "MARKETING_SMS", granted: true, source: `src-${marker}` } });
  await db.oneTimeCode.create({ data: { userId: owner.user.id, purpose: "phone-change", subject: "13700000000", codeHash: `hash-${marker}`, expiresAt: now } });
  await db.privacyRequest.create({ data: { customerId: owner.customer.id, requesterId: owner.user.id, kind: "DELETION", details: `删除 ${marker}`, dueAt: now } });
  await db.serviceArchive.create({ data: { customerId: owner.customer.id, lineId: owner.line.id, snapshot: { note: `档案 ${marker}` }, archivedAt: now, retainUntil: new Date(now.getTime() + 1800 * DAY) } });
  await db.statusSubscription.create({ data: { area: "北京市朝阳区", channel: "SMS", address: owner.customer.phone, confirmedAt: now, tokenHash: `hash-${marker}-${owner.customer.id}` } });
  await db.auditLog.create({ data: { actorId: owner.user.id, actorRole: "CUSTOMER", action: "auth.login", targetType: "User", targetId: owner.user.id, ip: `ip-${marker}` } });
  return { request, agent };
}

/** The models of schema.prisma and, for each, the models it references by a foreign key of its own (or a bare customerId/userId/lineId column). */
function schemaReferences(): Map<string, Set<string>> {
  const schema = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const out = new Map<string, Set<string>>();
  const bare: Record<string, string> = { customerId: "Customer", userId: "User", lineId: "Line" };
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const refs = new Set<string>();
    for (const line of body!.split("\n")) {
      const m = /^\s*(\w+)\s+(\w+)(\?|\[\])?\s*(.*)$/.exec(line);
      if (!m || line.trim().startsWith("//") || line.trim().startsWith("@@")) continue;
      const [, field, type, , rest] = m;
      if (/@relation\([^)]*fields:/.test(rest!)) refs.add(type!);
      else if (type === "String" && bare[field!]) refs.add(bare[field!]!);
    }
    out.set(model!, refs);
  }
  return out;
}

describe("export coverage", () => {
  it("reads every model of the schema", () => {
    expect([...schemaReferences().keys()].sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it("exports or explicitly excludes, with a reason, every model that references a customer, user, line or request", () => {
    const targets = new Set(["Customer", "User", "Line", "ServiceRequest"]);
    const referencing = [...schemaReferences()].filter(([model, refs]) => [...refs].some((r) => targets.has(r)) || targets.has(model)).map(([model]) => model);
    const accounted = new Set([...Object.keys(EXPORTED_MODELS), ...Object.keys(NOT_EXPORTED)]);
    expect(referencing.filter((m) => !accounted.has(m)), "neither exported nor excluded").toEqual([]);
    for (const [model, reason] of Object.entries(NOT_EXPORTED)) expect(reason.length, model).toBeGreaterThan(20);
    expect(Object.keys(EXPORTED_MODELS).filter((m) => m in NOT_EXPORTED)).toEqual([]);
  });

  it("exports exactly the tables the privacy centre lists by category", () => {
    expect(Object.keys(EXPORTED_MODELS).sort()).toEqual(categoryTables());
  });
});

describe("exportMyData", () => {
  it("has something in every section for a customer with data in every table, unmasked, and is audited", async () => {
    const owner = await makeCustomer();
    await fill(owner, "OWN");
    const data = await exportMyData(owner.actor, "json");
    for (const [model, where] of Object.entries(EXPORTED_MODELS)) {
      const [section, nested] = where.split("[].");
      const value = (data as Record<string, unknown>)[section!];
      const rows = Array.isArray(value) ? value : [value];
      const found = nested ? rows.flatMap((r) => (r as Record<string, unknown[]>)[nested] ?? []) : rows.filter(Boolean);
      expect(found.length, `${model} → ${where}`).toBeGreaterThan(0);
    }
    expect(data.customer).toMatchObject({ id: owner.customer.id, phone: owner.customer.phone, idNumber: owner.customer.idNumber, name: owner.customer.name });
    expect(data.account).toMatchObject({ id: owner.user.id, phone: owner.user.phone, email: owner.user.email });
    expect(await auditRows("privacy.export")).toMatchObject([{ actorId: owner.user.id, targetType: "Customer", targetId: owner.customer.id, summary: { format: "json" } }]);
  });

  it("leaves out secrets, internal notes and return-visit notes", async () => {
    const owner = await makeCustomer();
    await fill(owner, "OWN");
    const json = JSON.stringify(await exportMyData(owner.actor, "pdf"));
    for (const key of ["passwordHash", "sessionVersion", "codeHash", "tokenHash", "idempotencyKey"]) expect(json, key).not.toContain(`"${key}"`);
    expect(json).not.toContain("hash-OWN");
    expect(json).not.toContain("424242");
    expect(json).not.toContain("内部备注 OWN");
    expect(json).not.toContain("回访备注 OWN");
    expect(json).not.toContain("补偿备注 OWN");
    // …while the customer-visible timeline and the return visit's outcome are there.
    expect(json).toContain("结果 OWN");
    expect(json).toContain("回访结果 OWN");
    expect(json).toContain("补偿原因 OWN");
  });

  it("contains nothing of another customer", async () => {
    const owner = await makeCustomer();
    const other = await makeCustomer();
    await fill(owner, "OWN");
    const theirs = await fill(other, "THEIRS");
    const json = JSON.stringify(await exportMyData(owner.actor, "json"));
    expect(json).not.toContain("THEIRS");
    const otherRequests = await db.serviceRequest.findMany({ where: { customerId: other.customer.id }, select: { id: true, srn: true } });
    for (const value of [other.customer.id, other.user.id, other.line.id, other.customer.phone, other.user.email!, other.customer.email!, other.customer.idNumber!, other.customer.name, ...otherRequests.flatMap((r) => [r.id, r.srn]), theirs.request.id]) {
      expect(json, value).not.toContain(value);
    }
  });

  it.each(["AGENT", "SUPERVISOR", "ADMIN", "AUDITOR"] as const)("refuses staff (%s) and audits nothing", async (role) => {
    const staff = await makeStaff(role);
    expect(await rejectionOf(() => exportMyData(staff.actor, "json"))).toBeInstanceOf(ForbiddenError);
    expect(await auditRows("privacy.export")).toEqual([]);
  });
});
