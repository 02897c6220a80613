import { describe, expect, it, vi } from "vitest";
import { signInAs } from "@/prisma/test/session";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { ConflictError, ExpectedError, ForbiddenError } from "../action";
import { db } from "../db";
import { createRequest } from "./request-create";
import { getPolicy, listPolicies, savePolicy } from "./sla-admin";
import { addCalendarDay, removeCalendarDay } from "./calendars";
import { faultInput } from "@/prisma/test/factories";
import { savePolicyAction } from "@/app/admin/sla/actions";
import { addCalendarDayAction } from "@/app/admin/calendars/actions";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));

const faultForm = { type: "FAULT_REPAIR" as const, acceptHours: "24", acceptHoursSpecial: "48", acceptOnCalendar: true, respondHours1: "1", respondHours2: "2", respondHours3: "24", respondOnCalendar: false, resolveHours1: "2", resolveHours2: "4", resolveHours3: "24", resolveOnCalendar: false, warnAtPercent: "80", calendarId: "", note: "重大故障恢复时限调整" };

describe("savePolicy", () => {
  it("saves version N+1 with an audit row of what changed; open requests keep their version", async () => {
    const admin = await makeStaff("ADMIN");
    const v1 = await savePolicy(admin.actor, { ...faultForm, baseVersion: 0, resolveHours1: 3, acceptHours: 24, acceptHoursSpecial: 48, respondHours1: 1, respondHours2: 2, respondHours3: 24, resolveHours2: 4, resolveHours3: 24, warnAtPercent: 80 });
    expect(v1).toEqual({ type: "FAULT_REPAIR", version: 1 });
    const a = await makeCustomer();
    const { srn } = await createRequest(a.actor, faultInput(a.line.id));
    const v2 = await savePolicy(admin.actor, { ...faultForm, baseVersion: 1, resolveHours1: 2, acceptHours: 24, acceptHoursSpecial: 48, respondHours1: 1, respondHours2: 2, respondHours3: 24, resolveHours2: 5, resolveHours3: 24, warnAtPercent: 75 });
    expect(v2.version).toBe(2);
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { slaPolicy: true } });
    expect(request.slaPolicy?.version).toBe(1);
    const audits = await auditRows("sla.policy.save");
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ actorId: admin.user.id, summary: { type: "FAULT_REPAIR", version: 2, fromVersion: 1, changes: [{ field: "resolveHours1", from: "3", to: "2" }, { field: "resolveHours2", from: "4", to: "5" }, { field: "warnAtPercent", from: "80", to: "75" }] } });
    const page = await getPolicy(admin.actor, "FAULT_REPAIR");
    expect(page.history.map((v) => [v.rules.version, v.openRequests])).toEqual([[2, 0], [1, 1]]);
  });

  it("refuses a save on top of a version the editor did not see, and an unchanged policy", async () => {
    const admin = await makeStaff("ADMIN");
    const input = { ...faultForm, baseVersion: 0, acceptHours: 24, acceptHoursSpecial: 48, respondHours1: 1, respondHours2: 2, respondHours3: 24, resolveHours1: 2, resolveHours2: 4, resolveHours3: 24, warnAtPercent: 80 };
    expect(((await rejectionOf(() => savePolicy(admin.actor, input))) as ExpectedError).key).toBe("sla.errors.noPolicyChange");
    await savePolicy(admin.actor, { ...input, warnAtPercent: 90 });
    expect(await rejectionOf(() => savePolicy(admin.actor, { ...input, warnAtPercent: 70 }))).toBeInstanceOf(ConflictError);
    expect(await db.slaPolicy.count()).toBe(1);
  });

  it.each(STAFF_ROLES)("%s: reads with sla:read, saves with sla:manage", async (role) => {
    const staff = await makeStaff(role);
    const reads = ["SUPERVISOR", "QUALITY_MANAGER", "ADMIN"].includes(role);
    if (reads) expect((await listPolicies(staff.actor)).map((p) => p.current.rules.version)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    else expect(await rejectionOf(() => listPolicies(staff.actor))).toBeInstanceOf(ForbiddenError);
    signInAs(staff.user);
    const result = await savePolicyAction({ ...faultForm, baseVersion: 0, warnAtPercent: "90" });
    expect(result.ok).toBe(role === "ADMIN");
    expect(await db.slaPolicy.count()).toBe(role === "ADMIN" ? 1 : 0);
  });

  it("explains bad input field by field and saves nothing", async () => {
    const admin = await makeStaff("ADMIN");
    signInAs(admin.user);
    const result = await savePolicyAction({ ...faultForm, baseVersion: 0, acceptHours: "0", acceptHoursSpecial: "1.5", warnAtPercent: "100" });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.fieldErrors).toEqual({ acceptHours: ["sla.validation.hoursRange"], acceptHoursSpecial: ["sla.validation.hoursInteger"], warnAtPercent: ["sla.validation.percent"] });
    const missing = await savePolicyAction({ ...faultForm, baseVersion: 0, respondHours1: "", acceptHoursSpecial: "12" });
    expect(missing.ok ? null : missing.fieldErrors).toEqual({ respondHours1: ["validation.required"], acceptHoursSpecial: ["sla.validation.specialNotShorter"] });
    const complaint = await savePolicyAction({ ...faultForm, type: "COMPLAINT", baseVersion: 0, respondHours1: "", respondHours2: "", respondHours3: "", resolveHours1: "400", resolveHours2: "360", resolveHours3: "360" });
    expect(complaint.ok ? null : complaint.fieldErrors).toEqual({ resolveHours1: ["sla.validation.statutoryMax"] });
    expect(await db.slaPolicy.count()).toBe(0);
  });
});

describe("calendar days", () => {
  it("adds a holiday once, refuses the same date again, removes it, each audited", async () => {
    const admin = await makeStaff("ADMIN");
    const cal = await db.businessCalendar.create({ data: { code: "TEST", name: "测试", nameEn: "Test" } });
    await addCalendarDay(admin.actor, { calendarId: cal.id, version: 1, date: "2027-01-01", kind: "HOLIDAY", name: "元旦", nameEn: "" });
    const dup = (await rejectionOf(() => addCalendarDay(admin.actor, { calendarId: cal.id, version: 2, date: "2027-01-01", kind: "WORKDAY", name: "调休", nameEn: "" }))) as ExpectedError;
    expect(dup.fieldErrors).toEqual({ date: ["sla.validation.duplicateDate"] });
    expect(await rejectionOf(() => addCalendarDay(admin.actor, { calendarId: cal.id, version: 1, date: "2027-01-02", kind: "HOLIDAY", name: "x", nameEn: "" }))).toBeInstanceOf(ConflictError);
    const day = await db.calendarDay.findFirstOrThrow({ where: { calendarId: cal.id } });
    await removeCalendarDay(admin.actor, { calendarId: cal.id, version: 2, dayId: day.id });
    expect(await db.calendarDay.count()).toBe(0);
    expect((await auditRows("sla.calendar.addDay")).length + (await auditRows("sla.calendar.removeDay")).length).toBe(2);
  });

  it("a supervisor cannot change a calendar; a bad date is a field error", async () => {
    const cal = await db.businessCalendar.create({ data: { code: "TEST", name: "测试", nameEn: "Test" } });
    const supervisor = await makeStaff("SUPERVISOR");
    signInAs(supervisor.user);
    expect(await addCalendarDayAction({ calendarId: cal.id, version: 1, date: "2027-01-01", kind: "HOLIDAY", name: "元旦", nameEn: "" })).toEqual({ ok: false, formError: "errors.forbidden" });
    const admin = await makeStaff("ADMIN");
    signInAs(admin.user);
    const bad = await addCalendarDayAction({ calendarId: cal.id, version: 1, date: "2027-02-30", kind: "HOLIDAY", name: "元旦", nameEn: "" });
    expect(bad.ok ? null : bad.fieldErrors).toEqual({ date: ["sla.validation.date"] });
  });
});
