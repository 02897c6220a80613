import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { maskPhone } from "@/lib/domain/mask";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES, type RequestStatus } from "@/lib/domain/roles";
import { queueDueAt } from "@/lib/domain/sla";
import { parseQueueParams, type QueueFilter } from "@/lib/schemas/queue";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import type { StaffActor } from "../actor";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { QUEUE_PAGE_SIZE, SOON_HOURS, bulkAssign, decodeCursor, encodeCursor, listQueue, queueOptions, staffHome } from "./queue";

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR);

/** A customer whose name no other test uses, so that `q` isolates this test's requests. */
async function uniqueCustomer(area?: string) {
  const name = `队列${randomUUID().slice(0, 8)}`;
  const c = await makeCustomer({ name });
  if (area) await db.customer.update({ where: { id: c.customer.id }, data: { area } });
  return c;
}
/** The queue with the given URL parameters; all open requests unless a view is given. */
const filter = (params: Record<string, string>): QueueFilter => parseQueueParams({ view: "open", ...params }).filter;
const srns = async (actor: StaffActor, params: Record<string, string>) => (await listQueue(actor, filter(params))).items.map((r) => r.srn);

describe("dueAt (the database trigger)", () => {
  it("is the nearest unmet deadline while the clocks run, as queueDueAt says, and null when paused or ended", async () => {
    const a = await uniqueCustomer();
    const cases: Array<Parameters<typeof makeRequest>[1]> = [
      { acceptBy: inHours(24), respondBy: inHours(2) },
      { acceptBy: inHours(24), respondBy: null, resolveBy: inHours(48) },
      { acceptBy: inHours(24), acceptedAt: new Date(), respondBy: inHours(2), resolveBy: inHours(10), status: "ACCEPTED" },
      { acceptBy: inHours(-3), respondBy: null, status: "SUBMITTED" },
      { acceptBy: inHours(5), respondBy: inHours(1), clockPausedAt: new Date(), status: "AWAITING_INFO" },
      { acceptBy: inHours(5), status: "WITHDRAWN" },
      { acceptBy: inHours(5), status: "CLOSED" },
      { type: "COMPLAINT", acceptBy: inHours(5), acceptedAt: new Date(), respondBy: null, resolveBy: inHours(300), clockPausedAt: new Date(), status: "AWAITING_INFO" },
    ];
    for (const c of cases) {
      const made = await makeRequest(a, c);
      const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: made.id } });
      expect(row.dueAt?.toISOString() ?? null, JSON.stringify(c)).toBe(queueDueAt(row, row.status, row.type)?.toISOString() ?? null);
    }
  });

  it("follows every update of the clocks", async () => {
    const a = await uniqueCustomer();
    const made = await makeRequest(a, { acceptBy: inHours(24), respondBy: inHours(2) });
    await db.serviceRequest.update({ where: { id: made.id }, data: { respondedAt: new Date() } });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: made.id } })).dueAt).toEqual(made.acceptBy);
    await db.serviceRequest.updateMany({ where: { id: made.id }, data: { acceptedAt: new Date(), status: "ACCEPTED" } });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: made.id } })).dueAt).toBeNull();
  });
});

describe("listQueue", () => {
  it("shows open requests to staff with queue:read, nearest deadline first", async () => {
    const a = await uniqueCustomer();
    const later = await makeRequest(a, { acceptBy: inHours(5), respondBy: null });
    const fault = await makeRequest(a, { acceptBy: inHours(24), respondBy: inHours(1) });
    const overdue = await makeRequest(a, { acceptBy: inHours(-2), respondBy: null });
    const paused = await makeRequest(a, { acceptBy: inHours(1), respondBy: null, clockPausedAt: new Date(), status: "AWAITING_INFO" });
    for (const role of STAFF_ROLES) {
      const { actor } = await makeStaff(role);
      const got = await srns(actor, { q: a.customer.name });
      if (roleCan(role, "queue:read")) expect(got, role).toEqual([overdue.srn, fault.srn, later.srn, paused.srn]);
      else expect(got, role).toEqual([]);
    }
  });

  it("gives a customer nothing", async () => {
    const a = await uniqueCustomer();
    await makeRequest(a);
    expect(await listQueue(a.actor as unknown as StaffActor, filter({}))).toEqual({ items: [], next: null, staleCursor: false });
  });

  it("filters by view and status", async () => {
    const a = await uniqueCustomer();
    const byStatus = {} as Record<RequestStatus, string>;
    for (const status of ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "AWAITING_INFO", "RESOLVED", "CLOSED", "RETURNED", "WITHDRAWN"] as const) {
      byStatus[status] = (await makeRequest(a, { status })).srn;
    }
    const { actor } = await makeStaff("AGENT");
    const q = a.customer.name;
    const sorted = async (p: Record<string, string>) => (await srns(actor, { q, ...p })).sort();
    expect(await sorted({ view: "pending" })).toEqual([byStatus.SUBMITTED]);
    expect(await sorted({ view: "active" })).toEqual([byStatus.ACCEPTED, byStatus.IN_PROGRESS, byStatus.AWAITING_INFO].sort());
    expect(await sorted({})).toEqual([byStatus.SUBMITTED, byStatus.ACCEPTED, byStatus.IN_PROGRESS, byStatus.AWAITING_INFO, byStatus.RESOLVED].sort());
    expect(await sorted({ view: "all" })).toEqual(Object.values(byStatus).sort());
    expect(await sorted({ view: "all", status: "WITHDRAWN" })).toEqual([byStatus.WITHDRAWN]);
  });

  it("filters by type, level, team, owner, area, due window, breached and dates", async () => {
    const a = await uniqueCustomer("上海市徐汇区");
    const { actor, user: me } = await makeStaff("SUPERVISOR");
    const team = await db.team.create({ data: { code: `T${randomUUID().slice(0, 6).toUpperCase()}`, name: "测试组", nameEn: "Test" } });
    const consult = await makeRequest(a, { type: "CONSULTATION", respondBy: null, acceptBy: inHours(20) });
    const major = await makeRequest(a, { level: 1, acceptBy: inHours(30), respondBy: inHours(3) });
    const mine = await makeRequest(a, { ownerId: me.id, acceptBy: inHours(40), respondBy: null });
    const late = await makeRequest(a, { acceptBy: inHours(-1), respondBy: null, createdAt: new Date(Date.now() - 30 * 24 * HOUR) });
    await db.serviceRequest.update({ where: { id: consult.id }, data: { teamId: team.id } });
    const q = a.customer.name;
    expect(await srns(actor, { q, type: "CONSULTATION" })).toEqual([consult.srn]);
    expect(await srns(actor, { q, level: "1" })).toEqual([major.srn]);
    expect(await srns(actor, { q, team: team.code })).toEqual([consult.srn]);
    expect((await srns(actor, { q, team: "none" })).sort()).toEqual([major.srn, mine.srn, late.srn].sort());
    expect(await srns(actor, { q, owner: "me" })).toEqual([mine.srn]);
    expect(await srns(actor, { q, owner: me.id })).toEqual([mine.srn]);
    expect(await srns(actor, { q, area: "徐汇" })).toHaveLength(4);
    expect(await srns(actor, { q, area: "朝阳" })).toEqual([]);
    expect(await srns(actor, { q, due: "4" })).toEqual([major.srn]);
    expect(await srns(actor, { q, due: "24" })).toEqual([major.srn, consult.srn]);
    expect(await srns(actor, { q, breached: "1" })).toEqual([late.srn]);
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * HOUR).toISOString().slice(0, 10);
    expect(await srns(actor, { q, to: tenDaysAgo })).toEqual([late.srn]);
    expect(await srns(actor, { q, from: tenDaysAgo })).toHaveLength(3);
  });

  it("finds a request by SRN, by the last four digits of the phone, and by part of the name", async () => {
    const a = await uniqueCustomer();
    const b = await uniqueCustomer();
    const ra = await makeRequest(a);
    const rb = await makeRequest(b);
    const { actor } = await makeStaff("AGENT");
    expect(await srns(actor, { q: ra.srn.toLowerCase() })).toEqual([ra.srn]);
    expect(await srns(actor, { q: a.customer.name.slice(2) })).toEqual([ra.srn]);
    const tail = await srns(actor, { q: b.customer.phone.slice(-4) });
    expect(tail).toContain(rb.srn);
    expect(tail).not.toContain(ra.srn);
  });

  it("sorts newest, oldest and by level", async () => {
    const a = await uniqueCustomer();
    const old = await makeRequest(a, { createdAt: new Date(Date.now() - 5 * HOUR), level: 3 });
    const mid = await makeRequest(a, { createdAt: new Date(Date.now() - 3 * HOUR), level: 1 });
    const recent = await makeRequest(a, { createdAt: new Date(Date.now() - HOUR), level: 2 });
    const { actor } = await makeStaff("AGENT");
    const q = a.customer.name;
    expect(await srns(actor, { q, sort: "newest" })).toEqual([recent.srn, mid.srn, old.srn]);
    expect(await srns(actor, { q, sort: "oldest" })).toEqual([old.srn, mid.srn, recent.srn]);
    expect(await srns(actor, { q, sort: "level" })).toEqual([mid.srn, recent.srn, old.srn]);
  });

  it("masks the customer's phone and line number and returns no secret fields", async () => {
    const a = await uniqueCustomer();
    await makeRequest(a);
    const { actor } = await makeStaff("AGENT");
    const { items } = await listQueue(actor, filter({ q: a.customer.name }));
    expect(items[0]!.customer).toEqual({ name: a.customer.name, type: a.customer.type, phone: maskPhone(a.customer.phone), area: a.customer.area });
    expectNoSecrets(items, [a.customer.phone, a.line.number]);
    expect(items[0]).not.toHaveProperty("id");
  });

  for (const sort of ["due", "newest", "oldest", "level"] as const) {
    it(`pages by keyset (${sort}) through more than one page, without gaps or repeats, ties and nulls included`, async () => {
      const a = await uniqueCustomer();
      const total = QUEUE_PAGE_SIZE + 7;
      const base = Date.now();
      for (let i = 0; i < total; i++) {
        // Pairs share every sort value, so the id breaks ties; every fifth is paused (dueAt null).
        const t = base + Math.floor(i / 2) * 60_000;
        await makeRequest(a, {
          createdAt: new Date(t - 10 * HOUR),
          acceptBy: new Date(t + HOUR),
          respondBy: null,
          level: 1 + (Math.floor(i / 2) % 3),
          ...(i % 5 === 0 ? { clockPausedAt: new Date(), status: "AWAITING_INFO" as const } : {}),
        });
      }
      const { actor } = await makeStaff("SUPERVISOR");
      const q = a.customer.name;
      const first = await listQueue(actor, filter({ q, sort }));
      expect(first.items).toHaveLength(QUEUE_PAGE_SIZE);
      expect(first.next).toBeTruthy();
      const second = await listQueue(actor, filter({ q, sort, after: first.next! }));
      expect(second.items).toHaveLength(total - QUEUE_PAGE_SIZE);
      expect(second.next).toBeNull();
      const all = [...first.items, ...second.items].map((r) => r.srn);
      expect(new Set(all).size).toBe(total);

      const rows = await db.serviceRequest.findMany({ where: { customerId: a.customer.id }, select: { srn: true, id: true, createdAt: true, dueAt: true, level: true } });
      const cmp = (x: number | null, y: number | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x - y);
      const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
      const expected = rows
        .sort((x, y) => {
          if (sort === "newest") return y.createdAt.getTime() - x.createdAt.getTime() || byId(y, x);
          if (sort === "oldest") return x.createdAt.getTime() - y.createdAt.getTime() || byId(x, y);
          if (sort === "level") return x.level - y.level || cmp(x.dueAt?.getTime() ?? null, y.dueAt?.getTime() ?? null) || byId(x, y);
          return cmp(x.dueAt?.getTime() ?? null, y.dueAt?.getTime() ?? null) || byId(x, y);
        })
        .map((r) => r.srn);
      expect(all).toEqual(expected);
    });
  }

  it("shows the first page for a cursor that does not fit the sort, and says so", async () => {
    const a = await uniqueCustomer();
    const r = await makeRequest(a);
    const { actor } = await makeStaff("AGENT");
    for (const after of [encodeCursor(["not a date", "x"]), encodeCursor([1, 2, 3]), "bm90IGpzb24"]) {
      const page = await listQueue(actor, filter({ q: a.customer.name, after }));
      expect(page.staleCursor, after).toBe(true);
      expect(page.items.map((i) => i.srn)).toEqual([r.srn]);
    }
    expect(decodeCursor(encodeCursor([null, "abc"]), "due")).toEqual([null, "abc"]);
    expect(decodeCursor(encodeCursor([null, "abc"]), "newest")).toBeNull();
  });
});

describe("queueOptions", () => {
  it("lists teams and active staff who can own requests, to staff with queue:read only", async () => {
    const { actor, user } = await makeStaff("AGENT");
    const disabled = await makeStaff("AGENT", { disabled: true });
    const admin = await makeStaff("ADMIN");
    const options = await queueOptions(actor);
    expect(options.staff.map((s) => s.id)).toContain(user.id);
    expect(options.staff.map((s) => s.id)).not.toContain(disabled.user.id);
    expect(options.staff.map((s) => s.id)).not.toContain(admin.user.id);
    expect(await queueOptions(admin.actor)).toEqual({ teams: [], staff: [] });
  });
});

describe("bulkAssign", () => {
  it("hands requests to an owner and a team at the version shown, with event, audit and notification", async () => {
    const a = await uniqueCustomer();
    const r1 = await makeRequest(a);
    const r2 = await makeRequest(a, { status: "IN_PROGRESS" });
    const { actor } = await makeStaff("SUPERVISOR");
    const target = await makeStaff("TECHNICIAN");
    const team = await db.team.create({ data: { code: `T${randomUUID().slice(0, 6).toUpperCase()}`, name: "装维", nameEn: "Field" } });
    const auditsBefore = (await auditRows("request.assign")).length;
    const outcome = await bulkAssign(actor, { items: [{ srn: r1.srn, version: 1 }, { srn: r2.srn, version: 1 }], ownerId: target.user.id, teamCode: team.code });
    expect(outcome).toEqual({ assigned: [r1.srn, r2.srn], conflicts: [], skipped: [] });
    for (const r of [r1, r2]) {
      const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
      expect(row).toMatchObject({ ownerId: target.user.id, teamId: team.id, version: 2 });
      expect(row.events.find((e) => e.kind === "assigned")).toMatchObject({ visibility: "INTERNAL", actorId: actor.userId });
    }
    expect((await auditRows("request.assign")).length).toBe(auditsBefore + 2);
    expect(await db.notification.count({ where: { recipientId: target.user.id, template: "staff.assigned", channel: "IN_APP" } })).toBe(2);
  });

  it("leaves a request changed since the page was shown, and one that has ended, untouched", async () => {
    const a = await uniqueCustomer();
    const changed = await makeRequest(a, { version: 3 });
    const ended = await makeRequest(a, { status: "CLOSED" });
    const fine = await makeRequest(a);
    const { actor } = await makeStaff("SUPERVISOR");
    const target = await makeStaff("AGENT");
    const outcome = await bulkAssign(actor, {
      items: [{ srn: changed.srn, version: 2 }, { srn: ended.srn, version: 1 }, { srn: fine.srn, version: 1 }, { srn: "SR20990101000001", version: 1 }],
      ownerId: target.user.id,
      teamCode: "",
    });
    expect(outcome).toEqual({ assigned: [fine.srn], conflicts: [changed.srn], skipped: [ended.srn, "SR20990101000001"] });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: changed.id } })).ownerId).toBeNull();
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: ended.id } })).ownerId).toBeNull();
  });

  it("is refused to every role without request:assign, and to an owner who cannot take requests", async () => {
    const a = await uniqueCustomer();
    const r = await makeRequest(a);
    const target = await makeStaff("AGENT");
    for (const role of STAFF_ROLES.filter((x) => !roleCan(x, "request:assign"))) {
      const { actor } = await makeStaff(role);
      expect(await rejectionOf(() => bulkAssign(actor, { items: [{ srn: r.srn, version: 1 }], ownerId: target.user.id, teamCode: "" })), role).toBeInstanceOf(ForbiddenError);
    }
    const { actor } = await makeStaff("SUPERVISOR");
    const admin = await makeStaff("ADMIN");
    await expect(bulkAssign(actor, { items: [{ srn: r.srn, version: 1 }], ownerId: admin.user.id, teamCode: "" })).rejects.toMatchObject({ key: "errors.assignTargetGone" });
    await expect(bulkAssign(actor, { items: [{ srn: r.srn, version: 1 }], ownerId: "", teamCode: "NOSUCHTEAM" })).rejects.toMatchObject({ key: "errors.assignTargetGone" });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } })).version).toBe(1);
  });
});

describe("staffHome", () => {
  it("shows my open requests with due-soon and overdue counts, my team's queue, and today's counts", async () => {
    const a = await uniqueCustomer();
    const team = await db.team.create({ data: { code: `T${randomUUID().slice(0, 6).toUpperCase()}`, name: "班组", nameEn: "Team" } });
    const { actor, user } = await makeStaff("AGENT");
    await db.user.update({ where: { id: user.id }, data: { teamId: team.id } });
    const me = { ...actor, teamId: team.id };
    const before = (await staffHome(me))!;
    const soon = await makeRequest(a, { ownerId: user.id, status: "ACCEPTED", acceptedAt: new Date(), respondBy: null, resolveBy: inHours(SOON_HOURS - 1) });
    const late = await makeRequest(a, { ownerId: user.id, acceptBy: inHours(-1), respondBy: null });
    await makeRequest(a, { ownerId: user.id, status: "CLOSED" });
    const teamOne = await makeRequest(a, { acceptBy: inHours(10), respondBy: null });
    await db.serviceRequest.update({ where: { id: teamOne.id }, data: { teamId: team.id } });

    const home = (await staffHome(me))!;
    expect(home.mine).toMatchObject({ open: 2, dueSoon: 1, breached: 1 });
    expect(home.mine.items.map((r) => r.srn)).toEqual([late.srn, soon.srn]);
    expect(home.team).toMatchObject({ code: team.code });
    expect(home.team!.items.map((r) => r.srn)).toEqual([teamOne.srn]);
    expect(home.today.createdToday - before.today.createdToday).toBe(4);
    expect(home.today.pending - before.today.pending).toBe(2);
    expect(home.today.breached - before.today.breached).toBe(1);
    expect(home.today.closedToday).toBe(before.today.closedToday);
  });

  it("has no team section for staff without a team, and nothing for staff without queue:read", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    expect((await staffHome(actor))!.team).toBeNull();
    for (const role of STAFF_ROLES.filter((r) => !roleCan(r, "queue:read"))) {
      const staff = await makeStaff(role);
      expect(await staffHome(staff.actor), role).toBeNull();
    }
  });
});
