import { describe, expect, it } from "vitest";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { db } from "../db";
import { notifyAddress, notifyCustomer, textCodeToUser } from "./index";

const SRN = "SR20200101000001";

async function rowsFor(recipientId: string) {
  return db.notification.findMany({ where: { recipientId }, orderBy: { channel: "asc" } });
}

describe("notifyCustomer", () => {
  it("writes the in-app row as SENT and SMS and e-mail rows as PENDING and due now, in the user's language", async () => {
    const a = await makeCustomer();
    await db.user.update({ where: { id: a.user.id }, data: { locale: "en" } });
    const before = Date.now();
    await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "request.created", { srn: SRN }));
    const rows = await rowsFor(a.user.id);
    expect(rows.map((r) => r.channel)).toEqual(["IN_APP", "SMS", "EMAIL"]);
    const [inApp, sms, email] = rows;
    expect(inApp).toMatchObject({ status: "SENT", address: null, template: "request.created", payload: { srn: SRN } });
    expect(inApp!.sentAt).not.toBeNull();
    expect(sms).toMatchObject({ status: "PENDING", address: a.user.phone, locale: "en", attempts: 0, sentAt: null, claimedUntil: null });
    expect(email).toMatchObject({ status: "PENDING", address: a.user.email, locale: "en", template: "request.created", payload: { srn: SRN } });
    for (const r of [sms!, email!]) {
      expect(r.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(r.nextAttemptAt!.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  it("respects SMS off and e-mail off", async () => {
    const a = await makeCustomer();
    await db.user.update({ where: { id: a.user.id }, data: { notifySms: false } });
    await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "request.accepted", { srn: SRN, message: "" }));
    expect((await rowsFor(a.user.id)).map((r) => r.channel)).toEqual(["IN_APP", "EMAIL"]);

    const b = await makeCustomer();
    await db.user.update({ where: { id: b.user.id }, data: { notifyEmail: false } });
    await db.$transaction((tx) => notifyCustomer(tx, b.customer.id, "request.accepted", { srn: SRN, message: "" }));
    expect((await rowsFor(b.user.id)).map((r) => r.channel)).toEqual(["IN_APP", "SMS"]);

    const c = await makeCustomer();
    await db.user.update({ where: { id: c.user.id }, data: { notifyEmail: false, notifySms: false } });
    await db.$transaction((tx) => notifyCustomer(tx, c.customer.id, "request.accepted", { srn: SRN, message: "" }));
    expect((await rowsFor(c.user.id)).map((r) => r.channel)).toEqual(["IN_APP"]);
  });

  it("sends no e-mail to an account without an address, and nothing to a customer without an account", async () => {
    const a = await makeCustomer();
    await db.user.update({ where: { id: a.user.id }, data: { email: null } });
    await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "request.created", { srn: SRN }));
    expect((await rowsFor(a.user.id)).map((r) => r.channel)).toEqual(["IN_APP", "SMS"]);

    const counter = await db.customer.create({ data: { type: "PERSONAL", name: "柜台客户", phone: "13700137000", area: "北京" } });
    const before = await db.notification.count();
    await db.$transaction((tx) => notifyCustomer(tx, counter.id, "request.created", { srn: SRN }));
    expect(await db.notification.count()).toBe(before);
  });

  it("writes nothing when the transaction rolls back", async () => {
    const a = await makeCustomer();
    await expect(
      db.$transaction(async (tx) => {
        await notifyCustomer(tx, a.customer.id, "request.created", { srn: SRN });
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await db.notification.count()).toBe(0);
  });

  it("notifies only the customer's own account", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    await makeStaff("AGENT");
    await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "request.created", { srn: SRN }));
    expect(await db.notification.count({ where: { recipientId: { not: a.user.id } } })).toBe(0);
    expect(await rowsFor(b.user.id)).toEqual([]);
  });
});

describe("notifyAddress", () => {
  it("writes one pending SMS to the number, with no recipient, in the given language", async () => {
    await db.$transaction((tx) => notifyAddress(tx, { channel: "SMS", address: "13912345678", locale: "en", template: "tracking.code", payload: { srn: SRN, code: "123456" } }));
    const rows = await db.notification.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipientId: null, channel: "SMS", address: "13912345678", locale: "en", status: "PENDING", template: "tracking.code" });
    expect(rows[0]!.nextAttemptAt).not.toBeNull();
  });
});

describe("statutory notices", () => {
  it("go in the app, by SMS and by e-mail whatever the preferences say", async () => {
    const a = await makeCustomer();
    await db.user.update({ where: { id: a.user.id }, data: { notifySms: false, notifyEmail: false } });
    await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "termination.notice", { srn: SRN }, { statutory: true }));
    expect((await rowsFor(a.user.id)).map((r) => [r.channel, r.status])).toEqual([
      ["IN_APP", "SENT"],
      ["SMS", "PENDING"],
      ["EMAIL", "PENDING"],
    ]);
    // Without the option the same user gets the app only.
    await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "request.closed", { srn: SRN, message: "" }));
    expect(await db.notification.count({ where: { recipientId: a.user.id, template: "request.closed" } })).toBe(1);
  });

  it("still need an address for a channel", async () => {
    const a = await makeCustomer();
    await db.user.update({ where: { id: a.user.id }, data: { email: null, notifySms: false } });
    await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "termination.notice", { srn: SRN }, { statutory: true }));
    expect((await rowsFor(a.user.id)).map((r) => r.channel)).toEqual(["IN_APP", "SMS"]);
  });
});

describe("textCodeToUser", () => {
  it("texts the account phone only, whatever the SMS preference, never in the app", async () => {
    const a = await makeCustomer();
    await db.user.update({ where: { id: a.user.id }, data: { notifySms: false, locale: "en" } });
    const to = await db.$transaction((tx) => textCodeToUser(tx, a.user.id, "termination.code", { number: "13800000014", code: "123456" }));
    expect(to).toBe(a.user.phone);
    const rows = await rowsFor(a.user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: "SMS", address: a.user.phone, locale: "en", status: "PENDING", template: "termination.code" });
  });

  it("falls back to the customer's phone, and reports when there is none", async () => {
    const a = await makeCustomer();
    await db.user.update({ where: { id: a.user.id }, data: { phone: null } });
    expect(await db.$transaction((tx) => textCodeToUser(tx, a.user.id, "termination.code", { code: "1" }))).toBe(a.customer.phone);
    const staff = await makeStaff("AGENT");
    expect(await db.$transaction((tx) => textCodeToUser(tx, staff.user.id, "termination.code", { code: "1" }))).toBeNull();
    expect(await rowsFor(staff.user.id)).toEqual([]);
  });
});
