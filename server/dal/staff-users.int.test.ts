import { beforeEach, describe, expect, it, vi } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { createStaffUserAction, resetStaffPasswordAction, setStaffUserDisabledAction, updateStaffUserAction } from "@/app/admin/users/actions";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { TEST_PASSWORD, makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { getActor } from "../actor";
import { db } from "../db";
import { verifyPassword } from "../passwords";
import { STAFF_USER_PAGE_SIZE, getStaffUser, listStaffUsers, setStaffUserDisabled, updateStaffUser } from "./staff-users";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const OTHERS = STAFF_ROLES.filter((r) => !roleCan(r, "user:manage"));
const TEMP = /^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/;

const tokenOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
const fresh = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

async function signedInAdmin() {
  const admin = await makeStaff("ADMIN");
  signInAs(admin.user);
  return admin;
}

describe("who may manage staff accounts", () => {
  it("is admins only: every other role and customers are refused by every action, and nothing changes", async () => {
    const target = await makeStaff("AGENT");
    const token = await tokenOf(target.user.id);
    const customer = await makeCustomer();
    for (const who of [...OTHERS.map((r) => r as string), "CUSTOMER"]) {
      const user = who === "CUSTOMER" ? customer.user : (await makeStaff(who as (typeof OTHERS)[number])).user;
      signInAs(user);
      const results = await Promise.all([
        createStaffUserAction({ displayName: "新员工", email: `x-${who}@example.com`, role: "ADMIN", teamId: "" }),
        updateStaffUserAction({ id: target.user.id, role: "ADMIN", teamId: "", updatedAt: token }),
        setStaffUserDisabledAction({ id: target.user.id, disabled: true, updatedAt: token }),
        resetStaffPasswordAction({ id: target.user.id, updatedAt: token }),
      ]);
      for (const r of results) expect(r, who).toEqual({ ok: false, formError: "errors.forbidden" });
    }
    expect(await fresh(target.user.id)).toMatchObject({ role: "AGENT", disabled: false, sessionVersion: 1 });
    expect(await db.user.count({ where: { email: { startsWith: "x-" } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: { startsWith: "staff." } } })).toBe(0);
  });

  it("keeps the DAL closed to other roles too (defence in depth)", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    expect(await rejectionOf(() => listStaffUsers(actor, {}))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(() => getStaffUser(actor, actor.userId))).toBeInstanceOf(ForbiddenError);
  });
});

describe("createStaffUserAction", () => {
  it("creates the account with a temporary password shown once, stored only as a hash, audited without it", async () => {
    const admin = await signedInAdmin();
    const team = await db.team.create({ data: { code: "FRONT", name: "一线", nameEn: "Front" } });
    const r = await createStaffUserAction({ displayName: "新客服", email: "New.Agent@Example.com", role: "AGENT", teamId: team.id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.temporaryPassword).toMatch(TEMP);
    const user = await fresh(r.data.id);
    expect(user).toMatchObject({ role: "AGENT", email: "new.agent@example.com", teamId: team.id, disabled: false, customerId: null });
    expect(user.passwordHash).not.toContain(r.data.temporaryPassword);
    expect(await verifyPassword(user.passwordHash, r.data.temporaryPassword)).toBe(true);
    const [row] = await auditRows("staff.user.create");
    expect(row).toMatchObject({ actorId: admin.user.id, targetId: user.id, summary: { email: "new.agent@example.com", role: "AGENT", team: "FRONT" } });
    expect(JSON.stringify(row)).not.toContain(r.data.temporaryPassword);
    expect(JSON.stringify(row)).not.toContain(user.passwordHash);
  });

  it("refuses a taken e-mail (any case), an invalid one, a customer role and a retired team, writing nothing", async () => {
    await signedInAdmin();
    const existing = await makeStaff("AGENT");
    const retired = await db.team.create({ data: { code: "OLD", name: "旧班组", nameEn: "Old", active: false } });
    const before = await db.user.count();
    expect(await createStaffUserAction({ displayName: "重复", email: existing.user.email!.toUpperCase(), role: "AGENT", teamId: "" })).toEqual({
      ok: false,
      formError: "administration.errors.saveFailed",
      fieldErrors: { email: ["validation.emailTaken"] },
    });
    const bad = await createStaffUserAction({ displayName: "坏", email: "not-an-email", role: "CUSTOMER" as "AGENT", teamId: "" });
    expect(bad.ok === false && bad.fieldErrors).toMatchObject({ email: ["validation.email"], role: ["administration.validation.role"], displayName: ["validation.tooShort.2"] });
    expect(await createStaffUserAction({ displayName: "张三", email: "zs@example.com", role: "AGENT", teamId: retired.id })).toEqual({
      ok: false,
      formError: "administration.errors.saveFailed",
      fieldErrors: { teamId: ["administration.validation.team"] },
    });
    expect(await db.user.count()).toBe(before);
    expect(await auditRows("staff.user.create")).toEqual([]);
  });

  it("lets the new account sign in with the temporary password", async () => {
    await signedInAdmin();
    const r = await createStaffUserAction({ displayName: "技术员甲", email: "tech@example.com", role: "TECHNICIAN", teamId: "" });
    if (!r.ok) throw new Error("not created");
    const { verifyCredentials } = await vi.importActual<typeof import("../auth")>("../auth");
    expect(await verifyCredentials({ identifier: "tech@example.com", password: r.data.temporaryPassword })).toMatchObject({ id: r.data.id });
  });
});

describe("listStaffUsers", () => {
  it("lists staff only, searched and filtered, without secrets", async () => {
    const { actor } = await makeStaff("ADMIN");
    const team = await db.team.create({ data: { code: "NET", name: "网络", nameEn: "Network" } });
    const a = await makeStaff("AGENT");
    await db.user.update({ where: { id: a.user.id }, data: { displayName: "王芳芳", teamId: team.id } });
    const t = await makeStaff("TECHNICIAN", { disabled: true });
    const customer = await makeCustomer();
    const all = await listStaffUsers(actor, {});
    expect(all.items.map((u) => u.id)).not.toContain(customer.user.id);
    expect(all.items).toHaveLength(3);
    expectNoSecrets(all);
    expect((await listStaffUsers(actor, { q: "芳芳" })).items.map((u) => u.id)).toEqual([a.user.id]);
    expect((await listStaffUsers(actor, { q: t.user.email!.slice(0, 10).toUpperCase() })).items.map((u) => u.id)).toEqual([t.user.id]);
    expect((await listStaffUsers(actor, { role: "TECHNICIAN" })).items.map((u) => u.id)).toEqual([t.user.id]);
    expect((await listStaffUsers(actor, { team: team.id })).items.map((u) => u.id)).toEqual([a.user.id]);
    expect((await listStaffUsers(actor, { team: "none" })).items).toHaveLength(2);
    expect((await listStaffUsers(actor, { status: "disabled" })).items.map((u) => u.id)).toEqual([t.user.id]);
    expect((await listStaffUsers(actor, { status: "active", role: "TECHNICIAN" })).items).toEqual([]);
  });

  it("pages by keyset: every account once, in name order, and a foreign cursor is the first page", async () => {
    const { actor } = await makeStaff("ADMIN");
    for (let i = 0; i < STAFF_USER_PAGE_SIZE + 4; i++) await makeStaff("AGENT");
    const first = await listStaffUsers(actor, {});
    expect(first.items).toHaveLength(STAFF_USER_PAGE_SIZE);
    expect(first.next).toBeTruthy();
    const second = await listStaffUsers(actor, { after: first.next! });
    expect(second.next).toBeNull();
    const ids = [...first.items, ...second.items].map((u) => u.id);
    expect(new Set(ids).size).toBe(STAFF_USER_PAGE_SIZE + 5);
    const names = [...first.items, ...second.items].map((u) => u.displayName);
    expect(names).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    const stale = await listStaffUsers(actor, { after: "garbage" });
    expect(stale.staleCursor).toBe(true);
    expect(stale.items[0]?.id).toBe(first.items[0]?.id);
  });

  it("does not show a customer's account as a staff account", async () => {
    const { actor } = await makeStaff("ADMIN");
    const customer = await makeCustomer();
    expect(await rejectionOf(() => getStaffUser(actor, customer.user.id))).toBeInstanceOf(NotFoundError);
  });
});

describe("updateStaffUserAction", () => {
  it("changes role and team; a role change ends the member's sessions, a team change alone does not", async () => {
    const admin = await signedInAdmin();
    const team = await db.team.create({ data: { code: "CPL", name: "投诉", nameEn: "Complaints" } });
    const agent = await makeStaff("AGENT");
    const r1 = await updateStaffUserAction({ id: agent.user.id, role: "AGENT", teamId: team.id, updatedAt: await tokenOf(agent.user.id) });
    expect(r1).toMatchObject({ ok: true, data: { changed: true } });
    expect(await fresh(agent.user.id)).toMatchObject({ teamId: team.id, sessionVersion: 1 });
    signInAs(agent.user);
    expect(await getActor()).toMatchObject({ userId: agent.user.id, teamId: team.id });

    signInAs(admin.user);
    const r2 = await updateStaffUserAction({ id: agent.user.id, role: "SUPERVISOR", teamId: team.id, updatedAt: await tokenOf(agent.user.id) });
    expect(r2).toMatchObject({ ok: true, data: { changed: true } });
    expect(await fresh(agent.user.id)).toMatchObject({ role: "SUPERVISOR", sessionVersion: 2 });
    signInAs(agent.user);
    expect(await getActor()).toBeNull();
    expect((await auditRows("staff.user.update")).map((r) => r.summary)).toEqual([
      { team: "CPL", sessionsEnded: false },
      { role: { from: "AGENT", to: "SUPERVISOR" }, sessionsEnded: true },
    ]);
  });

  it("refuses a stale form (someone changed the account since) and changes nothing", async () => {
    await signedInAdmin();
    const agent = await makeStaff("AGENT");
    const stale = await tokenOf(agent.user.id);
    expect(await updateStaffUserAction({ id: agent.user.id, role: "AUDITOR", teamId: "", updatedAt: stale })).toMatchObject({ ok: true });
    expect(await updateStaffUserAction({ id: agent.user.id, role: "ADMIN", teamId: "", updatedAt: stale })).toEqual({ ok: false, formError: "administration.errors.userConflict" });
    expect(await fresh(agent.user.id)).toMatchObject({ role: "AUDITOR" });
  });

  it("refuses an admin demoting themselves, with a clear message", async () => {
    const admin = await signedInAdmin();
    await makeStaff("ADMIN");
    expect(await updateStaffUserAction({ id: admin.user.id, role: "AGENT", teamId: "", updatedAt: await tokenOf(admin.user.id) })).toEqual({
      ok: false,
      formError: "administration.errors.selfDemote",
    });
    expect(await fresh(admin.user.id)).toMatchObject({ role: "ADMIN", sessionVersion: 1 });
  });

  it("refuses demoting the last active admin", async () => {
    // An actor the database no longer counts (disabled meanwhile): the last active admin is someone else.
    const { actor } = await makeStaff("ADMIN", { disabled: true });
    const last = await makeStaff("ADMIN");
    const error = await rejectionOf(() => updateStaffUser(actor, { id: last.user.id, role: "AGENT", teamId: "", updatedAt: last.user.updatedAt.toISOString() }));
    expect((error as ExpectedError).key).toBe("administration.errors.lastAdmin");
    const error2 = await rejectionOf(() => setStaffUserDisabled(actor, { id: last.user.id, disabled: true, updatedAt: last.user.updatedAt.toISOString() }));
    expect((error2 as ExpectedError).key).toBe("administration.errors.lastAdmin");
    expect(await fresh(last.user.id)).toMatchObject({ role: "ADMIN", disabled: false });
  });

  it("lets one admin demote another while an admin remains", async () => {
    await signedInAdmin();
    const other = await makeStaff("ADMIN");
    expect(await updateStaffUserAction({ id: other.user.id, role: "AUDITOR", teamId: "", updatedAt: await tokenOf(other.user.id) })).toMatchObject({ ok: true });
  });

  it("is not-found for a customer's account", async () => {
    await signedInAdmin();
    const customer = await makeCustomer();
    expect(await updateStaffUserAction({ id: customer.user.id, role: "ADMIN", teamId: "", updatedAt: await tokenOf(customer.user.id) })).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await fresh(customer.user.id)).toMatchObject({ role: "CUSTOMER" });
  });
});

describe("setStaffUserDisabledAction", () => {
  it("disables: the member's session ends at once and they cannot sign in; enabling lets them back", async () => {
    const admin = await signedInAdmin();
    const agent = await makeStaff("AGENT");
    signInAs(agent.user);
    expect(await getActor()).not.toBeNull();
    signInAs(admin.user);
    expect(await setStaffUserDisabledAction({ id: agent.user.id, disabled: true, updatedAt: await tokenOf(agent.user.id) })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await fresh(agent.user.id)).toMatchObject({ disabled: true, sessionVersion: 2 });
    signInAs(agent.user);
    expect(await getActor()).toBeNull();
    const { verifyCredentials } = await vi.importActual<typeof import("../auth")>("../auth");
    expect(await verifyCredentials({ identifier: agent.user.email!, password: TEST_PASSWORD })).toBeNull();

    signInAs(admin.user);
    expect(await setStaffUserDisabledAction({ id: agent.user.id, disabled: false, updatedAt: await tokenOf(agent.user.id) })).toMatchObject({ ok: true });
    expect(await fresh(agent.user.id)).toMatchObject({ disabled: false, sessionVersion: 2 });
    expect(await verifyCredentials({ identifier: agent.user.email!, password: TEST_PASSWORD })).toMatchObject({ id: agent.user.id, sessionVersion: 2 });
    expect((await auditRows("staff.user.disable")).length + (await auditRows("staff.user.enable")).length).toBe(2);
  });

  it("refuses an admin disabling themselves", async () => {
    const admin = await signedInAdmin();
    await makeStaff("ADMIN");
    expect(await setStaffUserDisabledAction({ id: admin.user.id, disabled: true, updatedAt: await tokenOf(admin.user.id) })).toEqual({ ok: false, formError: "administration.errors.selfDisable" });
    expect(await fresh(admin.user.id)).toMatchObject({ disabled: false });
  });

  it("refuses a stale form", async () => {
    await signedInAdmin();
    const agent = await makeStaff("AGENT");
    const stale = await tokenOf(agent.user.id);
    await db.user.update({ where: { id: agent.user.id }, data: { displayName: "改名" } });
    expect(await setStaffUserDisabledAction({ id: agent.user.id, disabled: true, updatedAt: stale })).toEqual({ ok: false, formError: "administration.errors.userConflict" });
    expect(await fresh(agent.user.id)).toMatchObject({ disabled: false });
  });
});

describe("resetStaffPasswordAction", () => {
  it("sets a new temporary password, returned once: the old one stops working and sessions end", async () => {
    const admin = await signedInAdmin();
    const agent = await makeStaff("AGENT");
    const r = await resetStaffPasswordAction({ id: agent.user.id, updatedAt: await tokenOf(agent.user.id) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.temporaryPassword).toMatch(TEMP);
    const user = await fresh(agent.user.id);
    expect(user.sessionVersion).toBe(2);
    expect(await verifyPassword(user.passwordHash, r.data.temporaryPassword)).toBe(true);
    expect(await verifyPassword(user.passwordHash, TEST_PASSWORD)).toBe(false);
    signInAs(agent.user);
    expect(await getActor()).toBeNull();
    const [row] = await auditRows("staff.user.reset_password");
    expect(row).toMatchObject({ actorId: admin.user.id, targetId: agent.user.id });
    expect(JSON.stringify(row)).not.toContain(r.data.temporaryPassword);
  });

  it("refuses one's own account and a stale form", async () => {
    const admin = await signedInAdmin();
    expect(await resetStaffPasswordAction({ id: admin.user.id, updatedAt: await tokenOf(admin.user.id) })).toEqual({ ok: false, formError: "administration.errors.selfReset" });
    const agent = await makeStaff("AGENT");
    const stale = await tokenOf(agent.user.id);
    await db.user.update({ where: { id: agent.user.id }, data: { lastLoginAt: new Date() } });
    expect(await resetStaffPasswordAction({ id: agent.user.id, updatedAt: stale })).toEqual({ ok: false, formError: "administration.errors.userConflict" });
    expect(await fresh(agent.user.id)).toMatchObject({ sessionVersion: 1 });
  });
});
