import { describe, expect, it } from "vitest";
import { buildArchiveSnapshot } from "@/lib/domain/termination-archive";
import { archiveRetainUntil, settlement } from "@/lib/domain/termination";
import { auditRows, expectNoSecrets } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { db } from "../db";
import { readArchive, searchArchives } from "./archives";

const DAY = 86_400_000;

/** A terminated line of a new customer with an archive written on `archivedAt`. */
async function archived(name: string, archivedAt: Date) {
  const owner = await makeCustomer({ name });
  const line = await db.line.update({ where: { id: owner.line.id }, data: { status: "TERMINATED", terminatedAt: archivedAt }, include: { plan: true } });
  const snapshot = buildArchiveSnapshot({
    customer: { name, type: "PERSONAL" },
    line,
    termination: { srn: `SR20200101${String(archivedAt.getTime()).slice(-6)}`, reason: "MOVING_AWAY", note: "", portOutDeclined: true, completedBy: "客服 王芳", completedAt: archivedAt },
    settlement: settlement({ ...line, monthlyFeeFen: line.plan.monthlyFeeFen }, [], archivedAt),
    usage: [],
    bills: [],
    planChanges: [],
    requests: [],
  });
  const archive = await db.serviceArchive.create({ data: { customerId: owner.customer.id, lineId: line.id, snapshot, archivedAt, retainUntil: archiveRetainUntil(archivedAt) } });
  return { owner, line, archive };
}

describe("searchArchives", () => {
  it("finds archives by line number, customer name and archiving date, newest first, mobile numbers masked", async () => {
    const now = Date.now();
    const a = await archived("周敏", new Date(now - 400 * DAY));
    const b = await archived("周杰", new Date(now - 10 * DAY));
    const c = await archived("李娜", new Date(now - 5 * DAY));
    const reader = (await makeStaff("AUDITOR")).actor;
    expect((await searchArchives(reader, { number: "", name: "", from: "", to: "" })).map((r) => r.id)).toEqual([c.archive.id, b.archive.id, a.archive.id]);
    expect((await searchArchives(reader, { number: "", name: "周", from: "", to: "" })).map((r) => r.id)).toEqual([b.archive.id, a.archive.id]);
    expect((await searchArchives(reader, { number: a.line.number, name: "", from: "", to: "" })).map((r) => r.id)).toEqual([a.archive.id]);
    const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await searchArchives(reader, { number: "", name: "", from: day(b.archive.archivedAt), to: day(b.archive.archivedAt) })).map((r) => r.id)).toEqual([b.archive.id]);
    expect((await searchArchives(reader, { number: "", name: "", from: "", to: day(a.archive.archivedAt) })).map((r) => r.id)).toEqual([a.archive.id]);
    const rows = await searchArchives(reader, { number: "", name: "", from: "", to: "" });
    expect(rows[0]).toMatchObject({ customer: { name: "李娜", type: "PERSONAL" }, line: { kind: "MOBILE", number: `${c.line.number.slice(0, 3)}****${c.line.number.slice(-4)}` } });
    expectNoSecrets(rows, [a.line.number, b.line.number, c.line.number]);
  });

  it("shows nothing to agents, technicians or customers", async () => {
    await archived("周敏", new Date());
    for (const role of ["AGENT", "TECHNICIAN"] as const) expect(await searchArchives((await makeStaff(role)).actor, { number: "", name: "", from: "", to: "" }), role).toEqual([]);
    expect(await searchArchives((await makeCustomer()).actor, { number: "", name: "", from: "", to: "" })).toEqual([]);
  });
});

describe("readArchive", () => {
  it("gives archive readers the snapshot, masked, and audits every read", async () => {
    const { archive, line } = await archived("周敏", new Date());
    for (const role of ["SUPERVISOR", "QUALITY_MANAGER", "AUDITOR", "ADMIN"] as const) {
      const staff = await makeStaff(role);
      const view = await readArchive(staff.actor, archive.id);
      expect(view, role).toMatchObject({ id: archive.id, snapshot: { customer: { name: "周敏" }, line: { kind: "MOBILE" } } });
      expectNoSecrets(view, [line.number]);
      expect((await auditRows("archive.read")).at(-1), role).toMatchObject({ actorId: staff.user.id, targetId: archive.id });
    }
    expect(await auditRows("archive.read")).toHaveLength(4);
  });

  it("is null, and unaudited, for others and for an unknown id", async () => {
    const { archive, owner } = await archived("周敏", new Date());
    expect(await readArchive((await makeStaff("AGENT")).actor, archive.id)).toBeNull();
    expect(await readArchive(owner.actor, archive.id)).toBeNull();
    expect(await readArchive((await makeStaff("AUDITOR")).actor, "nope")).toBeNull();
    expect(await auditRows("archive.read")).toEqual([]);
  });
});
