import { describe, expect, it } from "vitest";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { roleCan } from "@/lib/domain/permissions";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { NotFoundError } from "../action";
import { db } from "../db";
import { notifyAddress, notifyCustomer } from "../notify";
import { OUTBOX_PAGE_SIZE, listOutbox, retryNotification } from "./outbox";

const SRN = "SR20200101000009";

async function notified(srn = SRN) {
  const a = await makeCustomer();
  await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "request.created", { srn, acceptBy: "2026-11-29T02:30:00.000Z" }));
  return a;
}

describe("listOutbox", () => {
  it("shows admins SMS and e-mail, newest first, masked, with the rendered text; never in-app rows", async () => {
    const a = await notified();
    await db.notification.updateMany({ data: { createdAt: new Date(Date.now() - 60_000) } });
    const b = await notified("SR20200101000010");
    const { actor } = await makeStaff("ADMIN");
    const { items, next } = await listOutbox(actor, {});
    expect(next).toBeNull();
    expect(items.map((i) => i.channel).sort()).toEqual(["EMAIL", "EMAIL", "SMS", "SMS"]);
    expect(items.slice(0, 2).map((i) => i.address).sort()).toEqual([maskEmail(b.user.email), maskPhone(b.user.phone)].sort());
    const sms = items.find((i) => i.channel === "SMS" && i.address === maskPhone(a.user.phone))!;
    expect(sms).toMatchObject({ status: "PENDING", attempts: 0, transport: null, lastError: null, subject: null });
    expect(sms.text).toBe(`【ServiceHall】申请 ${SRN} 已提交：我们将在 2026/11/29 10:30 前完成受理。`);
    // a's messages are the older two.
    const email = items.slice(2).find((i) => i.channel === "EMAIL")!;
    expect(email.address).toBe(maskEmail(a.user.email));
    expect(email.subject).toBe(`申请 ${SRN} 已提交`);
    expect(email.text).toContain(`/account/requests/${SRN}`);
    expectNoSecrets(items, [a.user.phone!, b.user.phone!, a.user.email!, b.user.email!]);
    expect(items.every((i) => !("payload" in i))).toBe(true);
  });

  it("gives everyone but admins nothing", async () => {
    const a = await notified();
    expect(await listOutbox(a.actor, {})).toEqual({ items: [], next: null });
    for (const role of STAFF_ROLES.filter((r) => !roleCan(r, "outbox:read"))) {
      const { actor } = await makeStaff(role);
      expect(await listOutbox(actor, {}), role).toEqual({ items: [], next: null });
    }
  });

  it("filters by channel and status", async () => {
    await notified();
    await db.notification.updateMany({ where: { channel: "EMAIL" }, data: { status: "FAILED", attempts: 5, lastError: "SMTP 550" } });
    const { actor } = await makeStaff("ADMIN");
    expect((await listOutbox(actor, { channel: "SMS" })).items.map((i) => i.channel)).toEqual(["SMS"]);
    expect((await listOutbox(actor, { status: "FAILED" })).items.map((i) => [i.channel, i.lastError])).toEqual([["EMAIL", "SMTP 550"]]);
    expect((await listOutbox(actor, { channel: "SMS", status: "FAILED" })).items).toEqual([]);
  });

  it("pages with `after` without gaps or repeats", async () => {
    const a = await makeCustomer();
    const base = Date.now() - 3_600_000;
    const total = OUTBOX_PAGE_SIZE + 4;
    // Pairs share a time, so the id breaks ties.
    await db.notification.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        channel: "SMS" as const,
        address: a.user.phone,
        template: "request.created",
        payload: { srn: SRN },
        createdAt: new Date(base + Math.floor(i / 2) * 1000),
      })),
    });
    const expected = (await db.notification.findMany({ select: { id: true, createdAt: true } }))
      .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x.id < y.id ? 1 : -1))
      .map((r) => r.id);
    const { actor } = await makeStaff("ADMIN");
    const first = await listOutbox(actor, {});
    expect(first.items).toHaveLength(OUTBOX_PAGE_SIZE);
    const second = await listOutbox(actor, {}, first.next!);
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(expected);
  });

  it("shows a tracking code only when the outbox delivered it", async () => {
    await db.$transaction((tx) => notifyAddress(tx, { channel: "SMS", address: "13912345678", locale: "zh-CN", template: "tracking.code", payload: { srn: SRN, code: "135790" } }));
    const { actor } = await makeStaff("ADMIN");
    expect((await listOutbox(actor, {})).items[0]!.text).toContain("135790");
    await db.notification.updateMany({ data: { status: "SENT", transport: "outbox" } });
    expect((await listOutbox(actor, {})).items[0]!.text).toContain("135790");
    await db.notification.updateMany({ data: { transport: "sms-gateway" } });
    const [item] = (await listOutbox(actor, {})).items;
    expect(item!.text).not.toContain("135790");
    expect(item!.text).toContain("••••••");
    expect(item!.address).toBe("139****5678");
  });
});

describe("retryNotification", () => {
  async function failedSms() {
    const a = await notified();
    await db.notification.updateMany({ where: { channel: "SMS" }, data: { status: "FAILED", attempts: 5, nextAttemptAt: null, lastError: "HTTP 503" } });
    return { a, sms: await db.notification.findFirstOrThrow({ where: { channel: "SMS" } }) };
  }

  it("puts a FAILED message back in line now, audited", async () => {
    const { sms } = await failedSms();
    const admin = await makeStaff("ADMIN");
    const before = Date.now();
    expect(await retryNotification(admin.actor, sms.id)).toEqual({ id: sms.id });
    const row = await db.notification.findUniqueOrThrow({ where: { id: sms.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 5, claimedUntil: null });
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await auditRows("notification.retry")).toMatchObject([{ actorId: admin.user.id, actorRole: "ADMIN", targetType: "Notification", targetId: sms.id }]);
  });

  it("refuses messages that have not failed, in-app rows and unknown ids", async () => {
    await notified();
    const admin = await makeStaff("ADMIN");
    const pending = await db.notification.findFirstOrThrow({ where: { channel: "EMAIL" } });
    const inApp = await db.notification.findFirstOrThrow({ where: { channel: "IN_APP" } });
    await db.notification.update({ where: { id: inApp.id }, data: { status: "FAILED" } });
    for (const id of [pending.id, inApp.id, "missing"]) expect(await rejectionOf(() => retryNotification(admin.actor, id)), id).toBeInstanceOf(NotFoundError);
    expect(await auditRows("notification.retry")).toEqual([]);
  });

  it("is refused to customers and other staff, and changes nothing", async () => {
    const { a, sms } = await failedSms();
    const actors = [a.actor, ...(await Promise.all(STAFF_ROLES.filter((r) => r !== "ADMIN").map(async (r) => (await makeStaff(r)).actor)))];
    for (const actor of actors) expect(await rejectionOf(() => retryNotification(actor, sms.id)), actor.role).toBeInstanceOf(NotFoundError);
    expect((await db.notification.findUniqueOrThrow({ where: { id: sms.id } })).status).toBe("FAILED");
    expect(await auditRows("notification.retry")).toEqual([]);
  });
});
