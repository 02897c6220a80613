import { beforeEach, describe, expect, it, vi } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { createTeamAction, updateTeamAction } from "@/app/admin/teams/actions";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { listTeamsForAdmin } from "./admin-teams";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const OTHERS = STAFF_ROLES.filter((r) => !roleCan(r, "team:manage"));
const input = { code: "vip", name: "大客户服务", nameEn: "VIP care", handles: ["COMPLAINT", "CONSULTATION"] as ("COMPLAINT" | "CONSULTATION")[], active: true };

describe("teams", () => {
  it("are managed by admins only; the DAL refuses others too", async () => {
    const team = await db.team.create({ data: { code: "T1", name: "一线", nameEn: "Front" } });
    const customer = await makeCustomer();
    for (const user of [customer.user, ...(await Promise.all(OTHERS.map(async (r) => (await makeStaff(r)).user)))]) {
      signInAs(user);
      expect(await createTeamAction(input)).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await updateTeamAction({ ...input, id: team.id, version: 1 })).toEqual({ ok: false, formError: "errors.forbidden" });
    }
    expect(await db.team.count()).toBe(1);
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ code: "T1", version: 1 });
    const { actor } = await makeStaff("SUPERVISOR");
    expect(await rejectionOf(() => listTeamsForAdmin(actor))).toBeInstanceOf(ForbiddenError);
  });

  it("an admin creates one (code upper-cased) and it is audited; a taken code is refused", async () => {
    const admin = await makeStaff("ADMIN");
    signInAs(admin.user);
    const r = await createTeamAction(input);
    expect(r).toMatchObject({ ok: true, data: { code: "VIP", version: 1 } });
    expect(await db.team.findUniqueOrThrow({ where: { code: "VIP" } })).toMatchObject({ handles: ["COMPLAINT", "CONSULTATION"], active: true, nameEn: "VIP care" });
    expect(await auditRows("team.create")).toMatchObject([{ actorId: admin.user.id, summary: { code: "VIP" } }]);
    expect(await createTeamAction({ ...input, name: "另一个" })).toEqual({ ok: false, formError: "administration.errors.saveFailed", fieldErrors: { code: ["administration.validation.teamCodeTaken"] } });
    expect(await db.team.count()).toBe(1);
  });

  it("an edit saves over its version; a stale one is a conflict; taking another team's code is refused", async () => {
    const admin = await makeStaff("ADMIN");
    signInAs(admin.user);
    const a = await db.team.create({ data: { code: "AAA", name: "甲", nameEn: "A team" } });
    await db.team.create({ data: { code: "BBB", name: "乙", nameEn: "B team" } });
    const edit = { id: a.id, version: 1, code: "AAA", name: "甲组", nameEn: "A team", handles: ["FAULT_REPAIR" as const], active: false };
    expect(await updateTeamAction(edit)).toEqual({ ok: true, data: { id: a.id, version: 2 } });
    expect(await db.team.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: "甲组", handles: ["FAULT_REPAIR"], active: false, version: 2 });
    expect((await auditRows("team.update"))[0]!.summary).toMatchObject({ changed: ["name", "active", "handles"], version: 2 });
    expect(await updateTeamAction({ ...edit, name: "晚到的" })).toEqual({ ok: false, formError: "administration.errors.teamConflict" });
    expect(await updateTeamAction({ ...edit, version: 2, code: "BBB" })).toEqual({ ok: false, formError: "administration.errors.saveFailed", fieldErrors: { code: ["administration.validation.teamCodeTaken"] } });
    expect(await db.team.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: "甲组", code: "AAA", version: 2 });
  });

  it("lists every team with its members", async () => {
    const { actor } = await makeStaff("ADMIN");
    const team = await db.team.create({ data: { code: "NET", name: "网络", nameEn: "Network" } });
    const tech = await makeStaff("TECHNICIAN");
    await db.user.update({ where: { id: tech.user.id }, data: { teamId: team.id } });
    const row = (await listTeamsForAdmin(actor))[0]!;
    expect(row).toMatchObject({ code: "NET", members: [{ id: tech.user.id, role: "TECHNICIAN", disabled: false }] });
    expect(Object.keys(row.members[0]!).sort()).toEqual(["disabled", "displayName", "id", "role"]);
  });
});
