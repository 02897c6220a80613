import { describe, expect, it } from "vitest";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { ExpectedError } from "../action";
import { db } from "../db";
import { notifyCustomer } from "../notify";
import { getMySettings, updateMySettings } from "./settings";

describe("getMySettings", () => {
  it("gives users their own preferences, with where messages go masked", async () => {
    const a = await makeCustomer();
    await makeCustomer();
    const settings = await getMySettings(a.actor);
    expect(settings).toEqual({ notifySms: true, notifyEmail: true, locale: "zh-CN", phone: maskPhone(a.user.phone), email: maskEmail(a.user.email) });
    expectNoSecrets(settings, [a.user.phone!]);
  });

  it("works for staff, who have no phone", async () => {
    const { actor, user } = await makeStaff("AGENT");
    expect(await getMySettings(actor)).toMatchObject({ phone: null, email: maskEmail(user.email) });
  });
});

describe("updateMySettings", () => {
  it("changes the user's own preferences only, with an audit row naming the changes", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    expect(await updateMySettings(a.actor, { notifySms: false, notifyEmail: true, locale: "en" })).toEqual({ notifySms: false, notifyEmail: true, locale: "en" });
    expect(await db.user.findUniqueOrThrow({ where: { id: a.user.id } })).toMatchObject({ notifySms: false, notifyEmail: true, locale: "en" });
    expect(await db.user.findUniqueOrThrow({ where: { id: b.user.id } })).toMatchObject({ notifySms: true, notifyEmail: true, locale: "zh-CN" });
    expect(await auditRows("user.settings")).toMatchObject([{ actorId: a.user.id, targetType: "User", targetId: a.user.id, summary: { notifySms: false, locale: "en" } }]);
  });

  it("writes no audit row when nothing changed", async () => {
    const a = await makeCustomer();
    await updateMySettings(a.actor, { notifySms: true, notifyEmail: true, locale: "zh-CN" });
    expect(await auditRows("user.settings")).toEqual([]);
  });

  it("refuses e-mail without an address and SMS without a phone, and changes nothing", async () => {
    const a = await makeCustomer();
    await db.user.update({ where: { id: a.user.id }, data: { email: null } });
    const error = await rejectionOf(() => updateMySettings(a.actor, { notifySms: false, notifyEmail: true, locale: "en" }));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "errors.settingsFailed", fieldErrors: { notifyEmail: ["errors.noEmail"] } });
    expect(await db.user.findUniqueOrThrow({ where: { id: a.user.id } })).toMatchObject({ notifySms: true, locale: "zh-CN" });

    const staff = await makeStaff("SUPERVISOR");
    await expect(updateMySettings(staff.actor, { notifySms: true, notifyEmail: true, locale: "zh-CN" })).rejects.toMatchObject({ fieldErrors: { notifySms: ["errors.noPhone"] } });
    await updateMySettings(staff.actor, { notifySms: false, notifyEmail: false, locale: "en" });
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.user.id } })).toMatchObject({ notifySms: false, notifyEmail: false, locale: "en" });
    expect((await auditRows("user.settings")).map((r) => r.actorId)).toEqual([staff.user.id]);
  });

  it("turning SMS off stops SMS rows, and the language follows the choice", async () => {
    const a = await makeCustomer();
    await updateMySettings(a.actor, { notifySms: false, notifyEmail: true, locale: "en" });
    await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "request.created", { srn: "SR20200101000001" }));
    const rows = await db.notification.findMany({ where: { recipientId: a.user.id }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.locale])).toEqual([
      ["IN_APP", "en"],
      ["EMAIL", "en"],
    ]);
  });
});
