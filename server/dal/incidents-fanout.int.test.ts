import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cstLocalIn, incidentDeclaration } from "@/prisma/test/incident-input";
import { auditRows } from "@/prisma/test/assertions";
import { consultationInput, faultInput, makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { db } from "../db";
import { fanOutUpdate, runIncidentFanout } from "../jobs/incident-fanout";
import { verifyUnsubscribeToken } from "../status-token";
import { declareIncident, postIncidentUpdate, restoreIncident } from "./incidents";
import { createRequest } from "./request-create";

const HOUR = 3_600_000;
const local = cstLocalIn;
const declaration = incidentDeclaration;

/** A customer whose line is in `area` (mobile unless told). */
async function customerIn(area: string, kind: "MOBILE" | "BROADBAND" = "MOBILE") {
  const c = await makeCustomer();
  await db.line.update({ where: { id: c.line.id }, data: { area, kind } });
  return c;
}
async function subscription(area: string, channel: "SMS" | "EMAIL", address: string, state: { confirmed?: boolean; cancelled?: boolean } = {}) {
  return db.statusSubscription.create({
    data: { area, channel, address, tokenHash: randomUUID(), confirmedAt: state.confirmed === false ? null : new Date(), cancelledAt: state.cancelled ? new Date() : null },
  });
}
const stage = (code: string, kind: "DECLARED" | "UPDATE" | "ETA_CHANGED" | "RESTORED") => db.incidentUpdate.findFirstOrThrow({ where: { incident: { code }, kind }, select: { id: true, notifiedCount: true, fannedOutAt: true } });
const inApp = (recipientId: string, template: string) => db.notification.count({ where: { recipientId, template, channel: "IN_APP" } });

describe("incident notices: once per stage per recipient", () => {
  it("tells every customer with an affected line and the overlapping subscribers, once, however often and however concurrently it runs", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    const affected = await customerIn("北京市朝阳区");
    // A second affected line of the same customer: still one notice.
    await db.line.create({ data: { customerId: affected.customer.id, number: `1390${Date.now() % 1e7}`, kind: "MOBILE", planId: affected.line.planId, area: "北京市朝阳区望京" } });
    const elsewhere = await customerIn("北京市海淀区");
    const otherService = await customerIn("北京市朝阳区", "BROADBAND");
    const terminated = await customerIn("北京市朝阳区");
    await db.line.update({ where: { id: terminated.line.id }, data: { status: "TERMINATED" } });

    const city = await subscription("北京市", "SMS", "13700000001");
    await subscription("北京市朝阳区", "EMAIL", affected.user.email!.toUpperCase()); // the affected user's own address: told once, as the user
    await subscription("北京市朝阳区", "SMS", "13700000003", { cancelled: true });
    await subscription("北京市朝阳区", "SMS", "13700000004", { confirmed: false });
    await subscription("上海市", "SMS", "13700000005");
    await subscription("北京市海淀区", "EMAIL", "haidian@example.com");

    const { code } = await declareIncident(actor, declaration());
    const declared = await stage(code, "DECLARED");
    await fanOutUpdate(declared.id, { batch: 1 });
    await fanOutUpdate(declared.id);
    await Promise.all([fanOutUpdate(declared.id, { batch: 2 }), fanOutUpdate(declared.id), runIncidentFanout()]);

    expect(await inApp(affected.user.id, "incident.declared")).toBe(1);
    for (const other of [elsewhere, otherService, terminated]) expect(await inApp(other.user.id, "incident.declared")).toBe(0);
    const toAddresses = await db.notification.findMany({ where: { template: "incident.declared", recipientId: null }, select: { channel: true, address: true, payload: true } });
    expect(toAddresses).toEqual([{ channel: "SMS", address: "13700000001", payload: expect.objectContaining({ code, subscriber: "yes", title: "朝阳区移动网络中断" }) }]);
    const url = new URL((toAddresses[0]!.payload as { unsubscribeUrl: string }).unsubscribeUrl);
    expect(verifyUnsubscribeToken(url.searchParams.get("token")!)).toBe(city.id);
    expect(await stage(code, "DECLARED")).toMatchObject({ notifiedCount: 2, fannedOutAt: expect.any(Date) });
    const payload = (await db.notification.findFirstOrThrow({ where: { recipientId: affected.user.id, template: "incident.declared" } })).payload;
    expect(payload).toMatchObject({ code, areas: "北京市朝阳区", areasEn: "Chaoyang, Beijing", hasEta: "yes", subscriber: "no" });

    // Every later stage, once each: an update and an ETA change, then the restore.
    await postIncidentUpdate(actor, { code, version: 1, body: "已定位断点，正在熔接。", bodyEn: "", estimatedRestoreAt: "" });
    await postIncidentUpdate(actor, { code, version: 2, body: "恢复时间推迟。", bodyEn: "", estimatedRestoreAt: local(3) });
    await restoreIncident(actor, { code, version: 3, restoredAt: local(0), note: "光缆已熔接，业务恢复正常。", noteEn: "" });
    expect(await runIncidentFanout()).toEqual({ stages: 3, failed: 0 });
    expect(await runIncidentFanout()).toEqual({ stages: 0, failed: 0 });
    for (const template of ["incident.update", "incident.eta", "incident.restored"]) {
      expect(await inApp(affected.user.id, template), template).toBe(1);
      expect(await inApp(elsewhere.user.id, template), template).toBe(0);
      expect(await db.notification.count({ where: { template, recipientId: null } }), template).toBe(1);
    }
    expect(await db.incidentNotice.count()).toBe(8);
  });

  it("a subscriber is told even when no customer is, and a user without an affected line is not", async () => {
    const { actor } = await makeStaff("TECHNICIAN");
    const nobody = await customerIn("上海市浦东新区");
    await subscription("上海市", "EMAIL", "watcher@example.com");
    const { code } = await declareIncident(actor, declaration({ areas: ["上海市徐汇区"], services: ["BROADBAND"] }));
    await runIncidentFanout();
    expect(await inApp(nobody.user.id, "incident.declared")).toBe(0);
    expect(await db.notification.findMany({ where: { template: "incident.declared" }, select: { channel: true, address: true } })).toEqual([{ channel: "EMAIL", address: "watcher@example.com" }]);
    expect(await stage(code, "DECLARED")).toMatchObject({ notifiedCount: 1 });
  });
});

describe("fault reports linked to an incident", () => {
  it("links a fault report on an affected line at creation, with a customer-visible event, and nothing else", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    const affected = await customerIn("北京市朝阳区");
    const elsewhere = await customerIn("北京市海淀区");
    const { code } = await declareIncident(actor, declaration());
    const incident = await db.incident.findUniqueOrThrow({ where: { code } });

    const fault = await createRequest(affected.actor, faultInput(affected.line.id));
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn: fault.srn }, include: { events: true } });
    expect(row.incidentId).toBe(incident.id);
    expect(row.events.find((e) => e.kind === "incidentLinked")).toMatchObject({ visibility: "CUSTOMER", body: `已关联至故障公告 ${code}，恢复后将统一通知。` });
    expect((await auditRows("request.create")).at(-1)?.summary).toMatchObject({ srn: fault.srn, incident: code });

    const other = await createRequest(elsewhere.actor, faultInput(elsewhere.line.id));
    const question = await createRequest(affected.actor, consultationInput({ lineId: affected.line.id }));
    for (const srn of [other.srn, question.srn]) expect((await db.serviceRequest.findUniqueOrThrow({ where: { srn } })).incidentId).toBeNull();
  });

  it("puts every stage on the linked open requests and on restore resolves those still worked, in bulk, leaving closed ones alone and notifying once", async () => {
    const { actor } = await makeStaff("TECHNICIAN");
    const owner = await customerIn("北京市朝阳区");
    const { code } = await declareIncident(actor, declaration());
    const incident = await db.incident.findUniqueOrThrow({ where: { code } });
    await runIncidentFanout();
    const past = new Date(Date.now() - 30 * 60_000);
    const make = async (status: "SUBMITTED" | "ACCEPTED" | "IN_PROGRESS" | "AWAITING_INFO" | "RESOLVED" | "CLOSED" | "WITHDRAWN") => {
      const r = await makeRequest(owner, {
        status,
        createdAt: past,
        acceptedAt: status === "SUBMITTED" || status === "WITHDRAWN" ? null : past,
        resolveBy: new Date(past.getTime() + 4 * HOUR),
        clockPausedAt: status === "AWAITING_INFO" ? past : null,
      });
      await db.serviceRequest.update({ where: { id: r.id }, data: { incidentId: incident.id, ...(status === "RESOLVED" || status === "CLOSED" ? { resolvedAt: past, respondedAt: past } : {}) } });
      return { id: r.id, status };
    };
    const rows: Array<{ id: string; status: string }> = [];
    for (const s of ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "AWAITING_INFO", "RESOLVED", "CLOSED", "WITHDRAWN"] as const) rows.push(await make(s));
    const before = await db.notification.count({ where: { template: { startsWith: "request." } } });

    await postIncidentUpdate(actor, { code, version: 1, body: "已定位断点，正在熔接。", bodyEn: "", estimatedRestoreAt: local(2) });
    await runIncidentFanout({ batch: 2 });
    await runIncidentFanout();
    const eventsOf = async (kind: string) => db.requestEvent.findMany({ where: { kind, request: { incidentId: incident.id } }, select: { requestId: true, body: true, visibility: true } });
    const updates = await eventsOf("incidentUpdate");
    expect(updates.map((e) => e.requestId).sort()).toEqual(rows.filter((r) => !["CLOSED", "WITHDRAWN"].includes(r.status)).map((r) => r.id).sort());
    expect(updates[0]).toMatchObject({ visibility: "CUSTOMER", body: expect.stringContaining(`故障公告 ${code}：已定位断点，正在熔接。（预计 `) });

    await restoreIncident(actor, { code, version: 2, restoredAt: local(0), note: "光缆已熔接，业务恢复正常。", noteEn: "" });
    const restoredStage = await stage(code, "RESTORED");
    await Promise.all([fanOutUpdate(restoredStage.id, { batch: 3 }), fanOutUpdate(restoredStage.id)]);
    await fanOutUpdate(restoredStage.id);

    const after = await db.serviceRequest.findMany({ where: { incidentId: incident.id }, select: { id: true, status: true, acceptedAt: true, respondedAt: true, resolvedAt: true, clockPausedAt: true, ownerId: true } });
    const by = new Map(after.map((r) => [r.id, r]));
    for (const r of rows.slice(0, 4)) {
      expect(by.get(r.id), r.status).toMatchObject({ status: "RESOLVED", acceptedAt: expect.any(Date), respondedAt: expect.any(Date), resolvedAt: expect.any(Date), clockPausedAt: null });
    }
    expect(by.get(rows[0]!.id)?.ownerId).toBe(actor.userId);
    expect(by.get(rows[4]!.id)).toMatchObject({ status: "RESOLVED", resolvedAt: past });
    expect(by.get(rows[5]!.id)?.status).toBe("CLOSED");
    expect(by.get(rows[6]!.id)?.status).toBe("WITHDRAWN");
    const resolves = await eventsOf("resolve");
    expect(resolves).toHaveLength(4);
    expect(resolves[0]?.body).toBe(`故障公告 ${code} 已恢复：光缆已熔接，业务恢复正常。`);
    expect(await eventsOf("accept")).toHaveLength(1);
    expect((await eventsOf("incidentUpdate")).filter((e) => e.requestId === rows[4]!.id)).toHaveLength(2);
    expect(await auditRows("request.resolveWithIncident")).toHaveLength(4);
    // Told once per stage by the incident notice; no second request message.
    expect(await db.notification.count({ where: { template: { startsWith: "request." } } })).toBe(before);
    expect(await inApp(owner.user.id, "incident.restored")).toBe(1);
  });
});
