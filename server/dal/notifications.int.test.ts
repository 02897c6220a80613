import { describe, expect, it } from "vitest";
import { auditRows, expectNoSecrets } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { db } from "../db";
import { notifyCustomer } from "../notify";
import { countUnread, listMyNotifications, markNotificationsRead } from "./notifications";

async function notify(customerId: string, srn: string) {
  await db.$transaction((tx) => notifyCustomer(tx, customerId, "request.created", { srn }));
}

describe("listMyNotifications / countUnread", () => {
  it("give the recipient their own notifications, newest first", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    await notify(a.customer.id, "SR20200101000001");
    await db.notification.updateMany({ data: { createdAt: new Date(Date.now() - 3_600_000) } });
    await notify(a.customer.id, "SR20200101000002");
    await notify(b.customer.id, "SR20200101000003");
    const mine = await listMyNotifications(a.actor);
    expect(mine.map((n) => (n.payload as { srn: string }).srn)).toEqual(["SR20200101000002", "SR20200101000001"]);
    expect(await countUnread(a.actor)).toBe(2);
    expect(await countUnread(b.actor)).toBe(1);
    expectNoSecrets(mine);
    expect(Object.keys(mine[0]!).sort()).toEqual(["createdAt", "id", "payload", "readAt", "template"]);
  });

  it("give staff their own (none here) and nobody else's", async () => {
    const a = await makeCustomer();
    await notify(a.customer.id, "SR20200101000001");
    const { actor } = await makeStaff("SUPERVISOR");
    expect(await listMyNotifications(actor)).toEqual([]);
    expect(await countUnread(actor)).toBe(0);
  });
});

describe("markNotificationsRead", () => {
  it("marks the recipient's own notifications and writes an audit row", async () => {
    const a = await makeCustomer();
    await notify(a.customer.id, "SR20200101000001");
    await notify(a.customer.id, "SR20200101000002");
    const [first] = await listMyNotifications(a.actor);
    expect(await markNotificationsRead(a.actor, [first!.id])).toBe(1);
    expect(await countUnread(a.actor)).toBe(1);
    expect(await markNotificationsRead(a.actor, "all")).toBe(1);
    expect(await countUnread(a.actor)).toBe(0);
    const audits = await auditRows("notification.read");
    expect(audits).toHaveLength(2);
    expect(audits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorId: a.user.id, targetId: first!.id, summary: { count: 1 } }),
        expect.objectContaining({ actorId: a.user.id, targetId: null, summary: { count: 1 } }),
      ]),
    );
  });

  it("cannot mark another user's notifications, by id or with 'all'", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    await notify(a.customer.id, "SR20200101000001");
    const [theirs] = await listMyNotifications(a.actor);
    expect(await markNotificationsRead(b.actor, [theirs!.id])).toBe(0);
    expect(await markNotificationsRead(b.actor, "all")).toBe(0);
    const { actor: staff } = await makeStaff("ADMIN");
    expect(await markNotificationsRead(staff, [theirs!.id])).toBe(0);
    expect(await countUnread(a.actor)).toBe(1);
    expect(await auditRows("notification.read")).toEqual([]);
  });

  it("writes no audit row when nothing changed", async () => {
    const a = await makeCustomer();
    expect(await markNotificationsRead(a.actor, "all")).toBe(0);
    expect(await markNotificationsRead(a.actor, [])).toBe(0);
    expect(await auditRows("notification.read")).toEqual([]);
  });
});
