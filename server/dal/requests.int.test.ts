import { describe, expect, it } from "vitest";
import { maskIdNumber, maskPhone } from "@/lib/domain/mask";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { expectNoSecrets } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { db } from "../db";
import { CUSTOMER_PAGE_SIZE, getRequest, listMyRequests } from "./requests";

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR);

describe("listMyRequests", () => {
  it("gives the owner their own requests, newest first, a page at a time", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const made = [];
    for (let i = 0; i < CUSTOMER_PAGE_SIZE + 2; i++) made.push(await makeRequest(a, { createdAt: hoursAgo(100 - i) }));
    await makeRequest(b);
    const newestFirst = made.map((r) => r.srn).reverse();

    const first = await listMyRequests(a.actor, 1);
    expect(first).toMatchObject({ total: made.length, page: 1, pageCount: 2 });
    expect(first.items.map((r) => r.srn)).toEqual(newestFirst.slice(0, CUSTOMER_PAGE_SIZE));
    const second = await listMyRequests(a.actor, 2);
    expect(second.items.map((r) => r.srn)).toEqual(newestFirst.slice(CUSTOMER_PAGE_SIZE));
    expect((await listMyRequests(a.actor, 3)).items).toEqual([]);
  });

  it("treats a nonsense page number as page 1", async () => {
    const a = await makeCustomer();
    await makeRequest(a);
    for (const page of [0, -3, Number.NaN, 1.7]) {
      const list = await listMyRequests(a.actor, page);
      expect(list.page, String(page)).toBe(1);
      expect(list.items).toHaveLength(1);
    }
  });

  it("gives another customer nothing of the owner's", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    await makeRequest(a);
    expect(await listMyRequests(b.actor, 1)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it("gives staff nothing: these are a customer's own requests", async () => {
    const a = await makeCustomer();
    await makeRequest(a);
    for (const role of STAFF_ROLES) {
      const { actor } = await makeStaff(role);
      expect((await listMyRequests(actor, 1)).items, role).toEqual([]);
    }
  });

  it("returns list fields only", async () => {
    const a = await makeCustomer();
    await makeRequest(a);
    const { items } = await listMyRequests(a.actor, 1);
    expectNoSecrets(items);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ["acceptBy", "acceptedAt", "clockPausedAt", "createdAt", "line", "resolveBy", "resolvedAt", "respondBy", "respondedAt", "srn", "status", "title", "type"].sort(),
    );
  });
});

describe("getRequest", () => {
  async function withInternalNote() {
    const a = await makeCustomer();
    const request = await makeRequest(a);
    const agent = await makeStaff("AGENT");
    await db.requestEvent.create({ data: { requestId: request.id, kind: "note", visibility: "INTERNAL", actorId: agent.user.id, body: "内部备注", createdAt: new Date(request.createdAt.getTime() + 1000) } });
    return { a, request, agent };
  }

  it("shows the owner their request without internal events, with their own numbers", async () => {
    const { a, request } = await withInternalNote();
    const detail = await getRequest(a.actor, request.srn);
    expect(detail?.srn).toBe(request.srn);
    expect(detail!.events.map((e) => e.kind)).toEqual(["created"]);
    expect(detail!.events.every((e) => e.visibility === "CUSTOMER")).toBe(true);
    expect(detail!.customer).toBeNull();
    expect(detail!.details.contactPhone).toBe(a.customer.phone);
    expect(detail!.line?.number).toBe(a.line.number);
    expectNoSecrets(detail);
  });

  it("is null for another customer and for an unknown SRN", async () => {
    const { request } = await withInternalNote();
    const b = await makeCustomer();
    expect(await getRequest(b.actor, request.srn)).toBeNull();
    expect(await getRequest(b.actor, "SR20991231999999")).toBeNull();
  });

  it("shows request-reading staff everything, with phones masked", async () => {
    const { a, request } = await withInternalNote();
    for (const role of STAFF_ROLES) {
      const { actor } = await makeStaff(role);
      const detail = await getRequest(actor, request.srn);
      if (!roleCan(role, "request:read:any")) {
        expect(detail, role).toBeNull();
        continue;
      }
      expect(detail!.events.map((e) => e.kind), role).toEqual(["created", "note"]);
      expect(detail!.customer).toEqual({ id: a.customer.id, name: a.customer.name, type: a.customer.type, phone: maskPhone(a.customer.phone), idNumberMasked: maskIdNumber(a.customer.idNumber) });
      expect(JSON.stringify(detail)).not.toContain(a.customer.idNumber!);
      expect(detail!.details.contactPhone).toBe(maskPhone(a.customer.phone));
      expect(detail!.line?.number).toBe(maskPhone(a.line.number));
      expectNoSecrets(detail, [a.customer.phone, a.line.number]);
    }
  });
});

describe("getRequest with type-specific details", () => {
  it("masks a new contact's phone for staff, not for the customer who gave it; shows a paused clock", async () => {
    const a = await makeCustomer();
    const pausedAt = hoursAgo(1);
    const request = await makeRequest(a, { type: "BUSINESS_CHANGE", status: "AWAITING_INFO", clockPausedAt: pausedAt });
    await db.serviceRequest.update({ where: { id: request.id }, data: { details: { changeKind: "CHANGE_CONTACT", newContactName: "王磊", newContactPhone: "13911112222" } } });
    const mine = await getRequest(a.actor, request.srn);
    expect(mine!.details).toEqual({ changeKind: "CHANGE_CONTACT", newContactName: "王磊", newContactPhone: "13911112222" });
    expect(mine!.clockPausedAt).toEqual(pausedAt);
    const { actor } = await makeStaff("AGENT");
    const theirs = await getRequest(actor, request.srn);
    expect(theirs!.details).toEqual({ changeKind: "CHANGE_CONTACT", newContactName: "王磊", newContactPhone: maskPhone("13911112222") });
    expectNoSecrets(theirs, ["13911112222", a.customer.phone]);
  });
});
