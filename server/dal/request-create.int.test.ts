import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addBusinessHours } from "@/lib/domain/business-calendar";
import { CN_STANDARD } from "@/lib/domain/cn-calendar";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { changeInput, consultationInput, faultInput, makeCustomer, makeRequest, makeStaff, openingInput } from "@/prisma/test/factories";
import { STAFF_ROLES } from "@/lib/domain/roles";
import type { CustomerActor } from "../actor";
import { ExpectedError, ForbiddenError } from "../action";
import { db } from "../db";
import { createRequest, listOpenRequests } from "./request-create";

const HOUR = 3_600_000;
/** yyyyMMdd in China time, computed apart from the app's helpers. */
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 10).replaceAll("-", "");

describe("createRequest: a fault (故障报修)", () => {
  it("creates a request with an SRN of the China-time day and a growing sequence", async () => {
    const a = await makeCustomer();
    const first = await createRequest(a.actor, faultInput(a.line.id));
    const second = await createRequest(a.actor, faultInput(a.line.id, { allowDuplicate: true }));
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn: first.srn } });
    expect(first.srn).toMatch(/^SR\d{14}$/);
    expect(first.srn.slice(2, 10)).toBe(chinaDay(row.createdAt));
    expect(Number(second.srn.slice(-6))).toBe(Number(first.srn.slice(-6)) + 1);
    expect(first.srn.slice(-6)).toBe("000001");
  });

  it("stores the deadlines, the input and who created it", async () => {
    const a = await makeCustomer();
    const input = faultInput(a.line.id);
    const { srn } = await createRequest(a.actor, input);
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn } });
    expect(row).toMatchObject({
      type: "FAULT_REPAIR",
      status: "SUBMITTED",
      level: 2,
      customerId: a.customer.id,
      lineId: a.line.id,
      createdById: a.user.id,
      description: input.description,
      idempotencyKey: input.idempotencyKey,
      version: 1,
    });
    // Accept-by: 24 h on China's working days (a Saturday request runs from Monday); a general fault
    // is answered in 2 h and restored in 4 h, around the clock (the built-in policy, version 0).
    expect(row.acceptBy).toEqual(addBusinessHours(CN_STANDARD, row.createdAt, 24));
    expect(row.respondBy!.getTime() - row.createdAt.getTime()).toBe(2 * HOUR);
    expect(row.resolveBy!.getTime() - row.createdAt.getTime()).toBe(4 * HOUR);
    expect(row.slaPolicyId).toBeNull();
    expect(row.title).toBe("NO_SIGNAL");
    expect(row.details).toEqual({ symptom: input.symptom, since: expect.any(String), contactPhone: input.contactPhone, reachable: "ANYTIME" });
  });

  it("writes a 'created' event, an audit row and the notifications (in-app, SMS, e-mail)", async () => {
    const a = await makeCustomer();
    const { srn } = await createRequest(a.actor, faultInput(a.line.id));
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { events: true } });
    expect(row.events).toMatchObject([{ kind: "created", visibility: "CUSTOMER", actorId: a.user.id, toStatus: "SUBMITTED" }]);
    expect(await auditRows("request.create")).toMatchObject([{ actorId: a.user.id, actorRole: "CUSTOMER", targetId: row.id, summary: { srn } }]);
    const notes = await db.notification.findMany({ where: { recipientId: a.user.id }, orderBy: { channel: "asc" } });
    expect(notes).toMatchObject([
      { template: "request.created", channel: "IN_APP", status: "SENT", payload: { srn } },
      { template: "request.created", channel: "SMS", status: "PENDING", address: a.user.phone, payload: { srn } },
      { template: "request.created", channel: "EMAIL", status: "PENDING", address: a.user.email, payload: { srn } },
    ]);
  });

  it("refuses another customer's line and writes nothing", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const before = await rowCounts();
    const error = await rejectionOf(() => createRequest(a.actor, faultInput(b.line.id)));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "errors.lineNotFound", fieldErrors: { lineId: ["errors.lineNotFound"] } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a terminated line", async () => {
    const a = await makeCustomer();
    await db.line.update({ where: { id: a.line.id }, data: { status: "TERMINATED" } });
    await expect(createRequest(a.actor, faultInput(a.line.id))).rejects.toMatchObject({ key: "errors.lineNotFound" });
  });

  it("returns the first request when the same key is submitted twice", async () => {
    const a = await makeCustomer();
    const input = faultInput(a.line.id);
    const first = await createRequest(a.actor, input);
    const again = await createRequest(a.actor, { ...input, description: "重复提交了一次，内容略有不同。" });
    expect(again).toEqual(first);
    expect(Object.keys(first)).toEqual(["srn"]);
    expect(await db.serviceRequest.count()).toBe(1);
    expect(await auditRows("request.create")).toHaveLength(1);
  });

  it("creates one request when the same key is submitted concurrently", async () => {
    const a = await makeCustomer();
    const input = faultInput(a.line.id);
    const results = await Promise.all([createRequest(a.actor, input), createRequest(a.actor, input), createRequest(a.actor, input)]);
    expect(new Set(results.map((r) => r.srn)).size).toBe(1);
    expect(await db.serviceRequest.count()).toBe(1);
    expect(await db.requestEvent.count()).toBe(1);
    expect(await auditRows("request.create")).toHaveLength(1);
  });

  it("hands out distinct SRNs to concurrent submissions of different customers", async () => {
    const customers = [await makeCustomer(), await makeCustomer(), await makeCustomer()];
    const results = await Promise.all(customers.map((c) => createRequest(c.actor, faultInput(c.line.id))));
    expect(new Set(results.map((r) => r.srn)).size).toBe(3);
    expect(results.map((r) => r.srn.slice(-6)).sort()).toEqual(["000001", "000002", "000003"]);
  });

  it("keeps idempotency keys per customer", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const key = randomUUID();
    const mine = await createRequest(a.actor, faultInput(a.line.id, { idempotencyKey: key }));
    const theirs = await createRequest(b.actor, faultInput(b.line.id, { idempotencyKey: key }));
    expect(theirs.srn).not.toBe(mine.srn);
    expect(await db.serviceRequest.count({ where: { customerId: b.customer.id } })).toBe(1);
  });

  it("refuses a second open fault on the same line unless the customer confirms", async () => {
    const a = await makeCustomer();
    await createRequest(a.actor, faultInput(a.line.id));
    const before = await rowCounts();
    await expect(createRequest(a.actor, faultInput(a.line.id))).rejects.toMatchObject({ key: "errors.duplicateOpen" });
    expect(await rowCounts()).toEqual(before);
    await createRequest(a.actor, faultInput(a.line.id, { allowDuplicate: true }));
    expect(await db.serviceRequest.count()).toBe(2);
  });

  it("does not count closed requests as open duplicates", async () => {
    const a = await makeCustomer();
    await makeRequest(a, { status: "WITHDRAWN" });
    await expect(createRequest(a.actor, faultInput(a.line.id))).resolves.toHaveProperty("srn");
  });
});

describe("listOpenRequests", () => {
  it("gives the owner their open requests of a type, newest first, with what duplicates are judged by", async () => {
    const a = await makeCustomer();
    const older = await makeRequest(a, { createdAt: new Date(Date.now() - 3 * HOUR) });
    const newest = await makeRequest(a, { status: "ACCEPTED", createdAt: new Date(Date.now() - HOUR) });
    await makeRequest(a, { status: "CLOSED" });
    await makeRequest(a, { type: "CONSULTATION" });
    expect(await listOpenRequests(a.actor, "FAULT_REPAIR")).toEqual([
      { srn: newest.srn, status: "ACCEPTED", type: "FAULT_REPAIR", lineId: a.line.id, title: "NO_SIGNAL", address: null },
      { srn: older.srn, status: "SUBMITTED", type: "FAULT_REPAIR", lineId: a.line.id, title: "NO_SIGNAL", address: null },
    ]);
    expect(await listOpenRequests(a.actor)).toHaveLength(3);
  });

  it("includes an opening's address", async () => {
    const a = await makeCustomer();
    await createRequest(a.actor, openingInput({ address: "北京市朝阳区望京街 8 号 3-1201" }));
    expect(await listOpenRequests(a.actor, "SERVICE_OPENING")).toMatchObject([{ type: "SERVICE_OPENING", lineId: null, title: "BROADBAND", address: "北京市朝阳区望京街 8 号 3-1201" }]);
  });

  it("shows another customer nothing", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    await makeRequest(a);
    expect(await listOpenRequests(b.actor)).toEqual([]);
  });

  it("returns the duplicate fields only", async () => {
    const a = await makeCustomer();
    await makeRequest(a);
    const [row] = await listOpenRequests(a.actor);
    expectNoSecrets(row);
    expect(Object.keys(row!).sort()).toEqual(["address", "lineId", "srn", "status", "title", "type"]);
  });
});

/** A second line for the customer (broadband unless said otherwise). */
async function addLine(owner: { customer: { id: string }; line: { planId: string } }, kind: "BROADBAND" | "IOT" | "CLOUD" | "MOBILE" = "BROADBAND", status: "ACTIVE" | "SUSPENDED" = "ACTIVE") {
  return db.line.create({ data: { customerId: owner.customer.id, number: `BB${randomUUID().slice(0, 10)}`, kind, planId: owner.line.planId, area: "北京", status } });
}
const created = (srn: string) => db.serviceRequest.findUniqueOrThrow({ where: { srn } });

describe("createRequest: a service opening (业务开通)", () => {
  it("stores the kind, address and appointment, and is due by the end of the window", async () => {
    const a = await makeCustomer();
    const input = openingInput({ window: "W15_18", notes: "需要同时开通两张副卡" });
    const row = await created((await createRequest(a.actor, input)).srn);
    expect(row).toMatchObject({ type: "SERVICE_OPENING", lineId: null, title: "BROADBAND", description: "需要同时开通两张副卡", status: "SUBMITTED", level: 2 });
    expect(row.details).toEqual({ serviceKind: "BROADBAND", address: input.address, preferredDate: input.preferredDate, window: "W15_18", contactPhone: input.contactPhone });
    // 18:00 China time on the chosen day.
    expect(row.resolveBy).toEqual(new Date(`${input.preferredDate}T10:00:00.000Z`));
    expect(row.respondBy).toBeNull();
    expect(row.acceptBy).toEqual(addBusinessHours(CN_STANDARD, row.createdAt, 24));
  });

  it("warns of an open opening of the same kind at the same address, not at another", async () => {
    const a = await makeCustomer();
    await createRequest(a.actor, openingInput({ address: "北京市朝阳区望京街 8 号 3-1201" }));
    const before = await rowCounts();
    await expect(createRequest(a.actor, openingInput({ address: "北京市朝阳区望京街8号3-1201" }))).rejects.toMatchObject({ key: "errors.duplicateOpen" });
    expect(await rowCounts()).toEqual(before);
    await createRequest(a.actor, openingInput({ address: "北京市海淀区中关村大街 1 号" }));
    await createRequest(a.actor, openingInput({ serviceKind: "CLOUD", address: "北京市朝阳区望京街 8 号 3-1201" }));
    await createRequest(a.actor, openingInput({ address: "北京市朝阳区望京街 8 号 3-1201", allowDuplicate: true }));
    expect(await db.serviceRequest.count()).toBe(4);
  });
});

describe("createRequest: a business change (业务变更)", () => {
  it("keeps only the fields of its kind, and resolves within 48 hours", async () => {
    const a = await makeCustomer();
    const row = await created((await createRequest(a.actor, changeInput(a.line.id, { newAddress: "不该保存的地址", description: "出国前开通" }))).srn);
    expect(row).toMatchObject({ type: "BUSINESS_CHANGE", lineId: a.line.id, title: "ADD_ON", description: "出国前开通" });
    expect(row.details).toEqual({ changeKind: "ADD_ON", addOn: "INTL_ROAMING" });
    expect(row.resolveBy!.getTime() - row.createdAt.getTime()).toBe(48 * HOUR);
  });

  it("a suspension is due by the end of its effective day, China time", async () => {
    const a = await makeCustomer();
    const effectiveDate = new Date(Date.now() + 8 * HOUR + 2 * 24 * HOUR).toISOString().slice(0, 10);
    const row = await created((await createRequest(a.actor, changeInput(a.line.id, { changeKind: "SUSPEND", addOn: "", effectiveDate }))).srn);
    expect(row.details).toEqual({ changeKind: "SUSPEND", effectiveDate });
    expect(row.resolveBy).toEqual(new Date(`${effectiveDate}T16:00:00.000Z`));
  });

  it("stores a move's new address and a new contact", async () => {
    const a = await makeCustomer();
    const move = await created((await createRequest(a.actor, changeInput(a.line.id, { changeKind: "MOVE_ADDRESS", addOn: "", newAddress: "北京市海淀区中关村大街 1 号" }))).srn);
    expect(move.details).toEqual({ changeKind: "MOVE_ADDRESS", newAddress: "北京市海淀区中关村大街 1 号" });
    const other = await addLine(a);
    const contact = await created((await createRequest(a.actor, changeInput(other.id, { changeKind: "CHANGE_CONTACT", addOn: "", newContactName: "王磊", newContactPhone: "13911112222" }))).srn);
    expect(contact.details).toEqual({ changeKind: "CHANGE_CONTACT", newContactName: "王磊", newContactPhone: "13911112222" });
  });

  it("refuses an add-on that the line cannot have, a suspension of a suspended line, a resumption of an active one", async () => {
    const a = await makeCustomer();
    const broadband = await addLine(a);
    const suspended = await addLine(a, "MOBILE", "SUSPENDED");
    const before = await rowCounts();
    await expect(createRequest(a.actor, changeInput(broadband.id, { addOn: "INTL_ROAMING" }))).rejects.toMatchObject({ key: "errors.addOnNotForLine", fieldErrors: { addOn: ["errors.addOnNotForLine"] } });
    await expect(createRequest(a.actor, changeInput(a.line.id, { changeKind: "REMOVE_ADD_ON", addOn: "STATIC_IP" }))).rejects.toMatchObject({ key: "errors.addOnNotForLine" });
    const day = new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10);
    await expect(createRequest(a.actor, changeInput(suspended.id, { changeKind: "SUSPEND", addOn: "", effectiveDate: day }))).rejects.toMatchObject({ key: "errors.lineNotActive" });
    await expect(createRequest(a.actor, changeInput(a.line.id, { changeKind: "RESUME", addOn: "", effectiveDate: day }))).rejects.toMatchObject({ key: "errors.lineNotSuspended" });
    expect(await rowCounts()).toEqual(before);
    await expect(createRequest(a.actor, changeInput(broadband.id, { addOn: "STATIC_IP" }))).resolves.toHaveProperty("srn");
    await expect(createRequest(a.actor, changeInput(suspended.id, { changeKind: "RESUME", addOn: "", effectiveDate: day }))).resolves.toHaveProperty("srn");
  });

  it("warns of an open change on the same line, whatever its kind; a fault there does not count", async () => {
    const a = await makeCustomer();
    await makeRequest(a);
    await createRequest(a.actor, changeInput(a.line.id));
    await expect(createRequest(a.actor, changeInput(a.line.id, { addOn: "CALLER_ID" }))).rejects.toMatchObject({ key: "errors.duplicateOpen" });
    await expect(createRequest(a.actor, changeInput(a.line.id, { addOn: "CALLER_ID", allowDuplicate: true }))).resolves.toHaveProperty("srn");
  });

  it("refuses another customer's line", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    await expect(createRequest(a.actor, changeInput(b.line.id))).rejects.toMatchObject({ key: "errors.lineNotFound" });
    expect(await db.serviceRequest.count()).toBe(0);
  });
});

describe("createRequest: a consultation (咨询)", () => {
  it("stores the topic and question, promises a response within 24 hours and sets no resolve-by", async () => {
    const a = await makeCustomer();
    const input = consultationInput();
    const row = await created((await createRequest(a.actor, input)).srn);
    expect(row).toMatchObject({ type: "CONSULTATION", lineId: null, title: "BILLING", description: input.question, resolveBy: null });
    expect(row.details).toEqual({ topic: "BILLING" });
    expect(row.respondBy!.getTime() - row.createdAt.getTime()).toBe(24 * HOUR);
  });

  it("may name one of the customer's lines, never another's", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const row = await created((await createRequest(a.actor, consultationInput({ lineId: a.line.id }))).srn);
    expect(row.lineId).toBe(a.line.id);
    await expect(createRequest(a.actor, consultationInput({ lineId: b.line.id }))).rejects.toMatchObject({ key: "errors.lineNotFound" });
  });

  it("warns of an open consultation on the same topic without a line", async () => {
    const a = await makeCustomer();
    await createRequest(a.actor, consultationInput());
    await expect(createRequest(a.actor, consultationInput())).rejects.toMatchObject({ key: "errors.duplicateOpen" });
    await expect(createRequest(a.actor, consultationInput({ topic: "PLANS" }))).resolves.toHaveProperty("srn");
  });
});

describe("createRequest: every type", () => {
  const inputs = (lineId: string) => [openingInput(), faultInput(lineId), changeInput(lineId), consultationInput()];

  it("writes the request, its event, audit row and notification together, and returns the SRN only", async () => {
    const a = await makeCustomer();
    for (const input of inputs(a.line.id)) {
      const result = await createRequest(a.actor, input);
      expect(Object.keys(result), input.type).toEqual(["srn"]);
      const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn: result.srn }, include: { events: true } });
      expect(row).toMatchObject({ type: input.type, customerId: a.customer.id, createdById: a.user.id, channel: "WEB", version: 1 });
      expect(row.events).toMatchObject([{ kind: "created", actorId: a.user.id, toStatus: "SUBMITTED" }]);
    }
    expect((await auditRows("request.create")).map((r) => (r.summary as { type: string }).type)).toEqual(["SERVICE_OPENING", "FAULT_REPAIR", "BUSINESS_CHANGE", "CONSULTATION"]);
    // One per request in each channel the customer's preferences allow (all three by default).
    for (const channel of ["IN_APP", "SMS", "EMAIL"] as const) {
      expect(await db.notification.count({ where: { recipientId: a.user.id, template: "request.created", channel } }), channel).toBe(4);
    }
  });

  it("is idempotent per key for every type", async () => {
    const a = await makeCustomer();
    for (const input of inputs(a.line.id)) {
      const first = await createRequest(a.actor, input);
      expect(await createRequest(a.actor, input), input.type).toEqual(first);
    }
    expect(await db.serviceRequest.count()).toBe(4);
  });

  it("is for customers only: a staff actor forged into the call creates and sees nothing", async () => {
    const a = await makeCustomer();
    await makeRequest(a);
    for (const role of STAFF_ROLES) {
      const { actor } = await makeStaff(role);
      const forged = actor as unknown as CustomerActor;
      await expect(createRequest(forged, faultInput(a.line.id)), role).rejects.toBeInstanceOf(ForbiddenError);
      expect(await listOpenRequests(forged), role).toEqual([]);
    }
    expect(await db.serviceRequest.count()).toBe(1);
  });
});
