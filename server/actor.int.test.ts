import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { setSession, signInAs } from "@/prisma/test/session";
import { getActor } from "./actor";
import { db } from "./db";

// Only the session cookie is faked; the user is read from the real database.
vi.mock("@/server/auth", () => import("@/prisma/test/session"));

beforeEach(() => signInAs(null));

describe("getActor", () => {
  it("is null without a session", async () => {
    expect(await getActor()).toBeNull();
    setSession({});
    expect(await getActor()).toBeNull();
  });

  it("gives a customer actor for a customer's session", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    expect(await getActor()).toEqual({ kind: "customer", userId: a.user.id, role: "CUSTOMER", customerId: a.customer.id, displayName: a.user.displayName });
  });

  it("gives a staff actor for a staff session", async () => {
    const team = await db.team.create({ data: { code: "T1", name: "一线", nameEn: "Front line" } });
    const s = await makeStaff("SUPERVISOR");
    await db.user.update({ where: { id: s.user.id }, data: { teamId: team.id } });
    signInAs(s.user);
    expect(await getActor()).toEqual({ kind: "staff", userId: s.user.id, role: "SUPERVISOR", teamId: team.id, displayName: s.user.displayName });
  });

  it("ends the session when the session version was bumped", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    await db.user.update({ where: { id: a.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getActor()).toBeNull();
    setSession({ uid: a.user.id });
    expect(await getActor()).toBeNull();
  });

  it("ends the session of a disabled user", async () => {
    const s = await makeStaff("AGENT");
    signInAs(s.user);
    expect(await getActor()).not.toBeNull();
    await db.user.update({ where: { id: s.user.id }, data: { disabled: true } });
    expect(await getActor()).toBeNull();
  });

  it("is null for an unknown user id", async () => {
    setSession({ uid: "no-such-user", sv: 1 });
    expect(await getActor()).toBeNull();
  });

  it("follows a role change at the next request", async () => {
    const s = await makeStaff("AGENT");
    signInAs(s.user);
    await db.user.update({ where: { id: s.user.id }, data: { role: "AUDITOR" } });
    expect(await getActor()).toMatchObject({ kind: "staff", role: "AUDITOR" });
  });

  it("is null for a customer account without a customer record", async () => {
    const a = await makeCustomer();
    const orphan = await db.user.create({ data: { role: "CUSTOMER", displayName: "孤儿", email: "orphan@example.com", passwordHash: a.user.passwordHash } });
    signInAs(orphan);
    expect(await getActor()).toBeNull();
  });
});
