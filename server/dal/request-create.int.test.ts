import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditRows, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { faultInput, makeCustomer, makeRequest } from "@/prisma/test/factories";
import { ExpectedError } from "../action";
import { db } from "../db";
import { createFaultRequest, listOpenRequestsByLine } from "./request-create";

const HOUR = 3_600_000;
/** yyyyMMdd in China time, computed apart from the app's helpers. */
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 10).replaceAll("-", "");

describe("createFaultRequest", () => {
  it("creates a request with an SRN of the China-time day and a growing sequence", async () => {
    const a = await makeCustomer();
    const first = await createFaultRequest(a.actor, faultInput(a.line.id));
    const second = await createFaultRequest(a.actor, faultInput(a.line.id, { allowDuplicate: true }));
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn: first.srn } });
    expect(first.srn).toMatch(/^SR\d{14}$/);
    expect(first.srn.slice(2, 10)).toBe(chinaDay(row.createdAt));
    expect(Number(second.srn.slice(-6))).toBe(Number(first.srn.slice(-6)) + 1);
    expect(first.srn.slice(-6)).toBe("000001");
  });

  it("stores the deadlines, the input and who created it", async () => {
    const a = await makeCustomer();
    const input = faultInput(a.line.id);
    const { srn } = await createFaultRequest(a.actor, input);
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
    expect(row.acceptBy.getTime() - row.createdAt.getTime()).toBe(24 * HOUR);
    expect(row.respondBy!.getTime() - row.createdAt.getTime()).toBe(2 * HOUR);
    expect(row.details).toMatchObject({ symptom: input.symptom, contactPhone: input.contactPhone });
  });

  it("writes a 'created' event, an audit row and the notifications (in-app, SMS, e-mail)", async () => {
    const a = await makeCustomer();
    const { srn } = await createFaultRequest(a.actor, faultInput(a.line.id));
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
    const error = await rejectionOf(() => createFaultRequest(a.actor, faultInput(b.line.id)));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "errors.lineNotFound", fieldErrors: { lineId: ["errors.lineNotFound"] } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a terminated line", async () => {
    const a = await makeCustomer();
    await db.line.update({ where: { id: a.line.id }, data: { status: "TERMINATED" } });
    await expect(createFaultRequest(a.actor, faultInput(a.line.id))).rejects.toMatchObject({ key: "errors.lineNotFound" });
  });

  it("returns the first request when the same key is submitted twice", async () => {
    const a = await makeCustomer();
    const input = faultInput(a.line.id);
    const first = await createFaultRequest(a.actor, input);
    const again = await createFaultRequest(a.actor, { ...input, description: "重复提交了一次，内容略有不同。" });
    expect(again).toEqual(first);
    expect(Object.keys(first)).toEqual(["srn"]);
    expect(await db.serviceRequest.count()).toBe(1);
    expect(await auditRows("request.create")).toHaveLength(1);
  });

  it("creates one request when the same key is submitted concurrently", async () => {
    const a = await makeCustomer();
    const input = faultInput(a.line.id);
    const results = await Promise.all([createFaultRequest(a.actor, input), createFaultRequest(a.actor, input), createFaultRequest(a.actor, input)]);
    expect(new Set(results.map((r) => r.srn)).size).toBe(1);
    expect(await db.serviceRequest.count()).toBe(1);
    expect(await db.requestEvent.count()).toBe(1);
    expect(await auditRows("request.create")).toHaveLength(1);
  });

  it("hands out distinct SRNs to concurrent submissions of different customers", async () => {
    const customers = [await makeCustomer(), await makeCustomer(), await makeCustomer()];
    const results = await Promise.all(customers.map((c) => createFaultRequest(c.actor, faultInput(c.line.id))));
    expect(new Set(results.map((r) => r.srn)).size).toBe(3);
    expect(results.map((r) => r.srn.slice(-6)).sort()).toEqual(["000001", "000002", "000003"]);
  });

  it("keeps idempotency keys per customer", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const key = randomUUID();
    const mine = await createFaultRequest(a.actor, faultInput(a.line.id, { idempotencyKey: key }));
    const theirs = await createFaultRequest(b.actor, faultInput(b.line.id, { idempotencyKey: key }));
    expect(theirs.srn).not.toBe(mine.srn);
    expect(await db.serviceRequest.count({ where: { customerId: b.customer.id } })).toBe(1);
  });

  it("refuses a second open fault on the same line unless the customer confirms", async () => {
    const a = await makeCustomer();
    await createFaultRequest(a.actor, faultInput(a.line.id));
    const before = await rowCounts();
    await expect(createFaultRequest(a.actor, faultInput(a.line.id))).rejects.toMatchObject({ key: "errors.duplicateOpen" });
    expect(await rowCounts()).toEqual(before);
    await createFaultRequest(a.actor, faultInput(a.line.id, { allowDuplicate: true }));
    expect(await db.serviceRequest.count()).toBe(2);
  });

  it("does not count closed requests as open duplicates", async () => {
    const a = await makeCustomer();
    await makeRequest(a, { status: "WITHDRAWN" });
    await expect(createFaultRequest(a.actor, faultInput(a.line.id))).resolves.toHaveProperty("srn");
  });
});

describe("listOpenRequestsByLine", () => {
  it("gives the owner the newest open fault per line", async () => {
    const a = await makeCustomer();
    const otherLine = await db.line.create({ data: { customerId: a.customer.id, number: `BB${randomUUID().slice(0, 8)}`, kind: "BROADBAND", planId: a.line.planId, area: "北京" } });
    await makeRequest(a, { createdAt: new Date(Date.now() - 3 * HOUR) });
    const newest = await makeRequest(a, { status: "ACCEPTED", createdAt: new Date(Date.now() - HOUR) });
    await makeRequest(a, { status: "CLOSED" });
    expect(await listOpenRequestsByLine(a.actor, "FAULT_REPAIR")).toEqual({ [a.line.id]: { srn: newest.srn, status: "ACCEPTED" } });
    expect(otherLine.id in (await listOpenRequestsByLine(a.actor, "FAULT_REPAIR"))).toBe(false);
  });

  it("shows another customer nothing", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    await makeRequest(a);
    expect(await listOpenRequestsByLine(b.actor, "FAULT_REPAIR")).toEqual({});
  });

  it("returns SRN and status only", async () => {
    const a = await makeCustomer();
    await makeRequest(a);
    const byLine = await listOpenRequestsByLine(a.actor, "FAULT_REPAIR");
    expect(Object.keys(byLine[a.line.id]!).sort()).toEqual(["srn", "status"]);
  });
});
