import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeCustomer } from "./test/factories";
import { runSeed } from "./seed";
import { DEMO_PASSWORD, customers, requests, staff } from "./demo-data";
import { verifyPassword } from "@/server/passwords";

const options = { ifEmpty: false, description: "test database" };

describe("demo seed", () => {
  it("seeds an empty database with the documented accounts and requests in several states", async () => {
    expect(await runSeed(db, options)).toBe("seeded");
    const users = await db.user.findMany({ select: { phone: true, email: true, role: true, passwordHash: true } });
    expect(users).toHaveLength(customers.length + staff.length);
    for (const c of customers) expect(users.some((u) => u.phone === c.phone && u.role === "CUSTOMER")).toBe(true);
    for (const s of staff) expect(users.some((u) => u.email === s.email && u.role === s.role)).toBe(true);
    expect(await verifyPassword(users[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    const statuses = new Set((await db.serviceRequest.findMany({ select: { status: true } })).map((r) => r.status));
    expect(await db.serviceRequest.count()).toBe(requests.length);
    expect([...statuses].sort()).toEqual(["ACCEPTED", "RETURNED", "SUBMITTED", "WITHDRAWN"]);
    for (const r of await db.serviceRequest.findMany({ select: { srn: true } })) expect(r.srn).toMatch(/^SR\d{14}$/);
  });

  it("is deterministic: seeding again gives the same people, lines and requests", async () => {
    const now = new Date("2026-11-28T06:00:00Z");
    await runSeed(db, { ...options, now });
    const first = await db.serviceRequest.findMany({ select: { srn: true, status: true, description: true }, orderBy: { srn: "asc" } });
    await runSeed(db, { ...options, now });
    const second = await db.serviceRequest.findMany({ select: { srn: true, status: true, description: true }, orderBy: { srn: "asc" } });
    expect(second).toEqual(first);
    expect(await db.line.count()).toBe(customers.reduce((n, c) => n + c.lines.length, 0));
  });

  it("with --if-empty leaves an already seeded database alone", async () => {
    await runSeed(db, options);
    const before = await db.serviceRequest.findMany({ select: { id: true } });
    expect(await runSeed(db, { ...options, ifEmpty: true })).toBe("already-seeded");
    expect(await db.serviceRequest.findMany({ select: { id: true } })).toEqual(before);
  });

  it("refuses to touch a database that holds non-demo data", async () => {
    const real = await makeCustomer();
    await expect(runSeed(db, options)).rejects.toThrow(/non-demo data/);
    expect(await runSeed(db, { ...options, ifEmpty: true })).toBe("skipped-real-data");
    expect(await db.customer.findUnique({ where: { id: real.customer.id } })).not.toBeNull();
    expect(await db.plan.count({ where: { code: "M58" } })).toBe(0);
  });
});
