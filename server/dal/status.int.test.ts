import { describe, expect, it } from "vitest";
import { STATUS_HISTORY_PAGE } from "@/lib/domain/status";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { makeIncident, moveLine } from "@/prisma/test/status-factories";
import { ExpectedError, NotFoundError } from "../action";
import { db } from "../db";
import { statusFeedXml } from "../status-feed";
import { getPublicIncident, listActiveIncidents, listFeedUpdates, listRestoredIncidents } from "./status";
import { activeIncidentsForCustomerLines, activeIncidentsForLine, activeIncidentsForMyLines, waitForRestore } from "./status-lines";

const DAY = 24;

describe("public status reads", () => {
  it("lists active incidents with their latest update and nothing internal", async () => {
    const { incident } = await makeIncident({ updates: [{ body: "已找到故障光缆", bodyEn: "Cut fibre found", hoursAgo: 1 }] });
    await makeIncident({ restoredHoursAgo: 1, startedHoursAgo: 3 });
    const active = await listActiveIncidents();
    expect(active.map((i) => i.code)).toEqual([incident.code]);
    expect(active[0]!.latest).toMatchObject({ body: "已找到故障光缆", bodyEn: "Cut fibre found" });
    expect(Object.keys(active[0]!)).not.toEqual(expect.arrayContaining(["declaredById"]));
    expect(JSON.stringify(active)).not.toContain("checklist");
    expectNoSecrets(active);
  });

  it("history: restored incidents of the last 90 days, newest first, paged, filtered by touching area", async () => {
    const old = await makeIncident({ restoredHoursAgo: 91 * DAY, startedHoursAgo: 91 * DAY + 2 });
    const made = [];
    for (let i = 0; i < STATUS_HISTORY_PAGE + 2; i++) made.push((await makeIncident({ areas: ["上海市徐汇区"], restoredHoursAgo: i + 1, startedHoursAgo: i + 3 })).incident);
    const beijing = (await makeIncident({ areas: ["北京市"], restoredHoursAgo: 0.5, startedHoursAgo: 2 })).incident;

    const first = await listRestoredIncidents({ area: null, after: null });
    expect(first.incidents).toHaveLength(STATUS_HISTORY_PAGE);
    expect(first.incidents[0]!.code).toBe(beijing.code);
    expect(first.next).not.toBeNull();
    const [ms, code] = first.next!.split(".");
    const second = await listRestoredIncidents({ area: null, after: { restoredAt: new Date(Number(ms)), code: code! } });
    const all = [...first.incidents, ...second.incidents].map((i) => i.code);
    expect(all).toHaveLength(made.length + 1);
    expect(all).not.toContain(old.incident.code);
    expect(second.next).toBeNull();

    // 北京市朝阳区 is covered by an incident for 北京市; 上海市 covers its district's incidents.
    expect((await listRestoredIncidents({ area: "北京市朝阳区", after: null })).incidents.map((i) => i.code)).toEqual([beijing.code]);
    expect((await listRestoredIncidents({ area: "上海市", after: null })).incidents).toHaveLength(STATUS_HISTORY_PAGE);
    expect((await listRestoredIncidents({ area: "广东省深圳市", after: null })).incidents).toEqual([]);
  });

  it("one incident by code with its updates in order; unknown and malformed codes are null", async () => {
    const { incident } = await makeIncident({ restoredHoursAgo: 1, startedHoursAgo: 4, updates: [{ body: "抢修中", hoursAgo: 2 }] });
    const found = await getPublicIncident(incident.code);
    expect(found!.updates.map((u) => u.kind)).toEqual(["DECLARED", "UPDATE", "RESTORED"]);
    expectNoSecrets(found);
    expect(await getPublicIncident("INC20260101999")).toBeNull();
    expect(await getPublicIncident("'; DROP TABLE")).toBeNull();
  });

  it("the feed has one entry per update of the last 90 days, escaped, in either language", async () => {
    const { incident } = await makeIncident({ title: "光缆被挖断 <A&B>", titleEn: "Fibre cut <A&B>", updates: [{ body: "预计 2 小时内恢复 & 跟进", hoursAgo: 1 }] });
    await makeIncident({ restoredHoursAgo: 100 * DAY, startedHoursAgo: 100 * DAY + 1 });
    const updates = await listFeedUpdates();
    expect(updates.map((u) => u.incident.code)).toEqual([incident.code, incident.code]);
    const zh = await statusFeedXml("zh-CN");
    expect(zh.match(/<entry>/g)).toHaveLength(2);
    expect(zh).toContain("光缆被挖断 &lt;A&amp;B&gt;");
    expect(zh).toContain("预计 2 小时内恢复 &amp; 跟进");
    expect(zh).toContain(`/status/${incident.code}`);
    const en = await statusFeedXml("en");
    expect(en).toContain('xml:lang="en"');
    expect(en).toContain("Fibre cut &lt;A&amp;B&gt;");
    expect(en).toContain("/status/feed.xml?lang=en");
  });
});

describe("activeIncidentsForLine", () => {
  it("gives the owner the incidents covering their line's area and service, and nobody else anything", async () => {
    const owner = await makeCustomer();
    const other = await makeCustomer();
    await moveLine(owner.line.id, "北京市朝阳区");
    await moveLine(other.line.id, "北京市朝阳区");
    const city = (await makeIncident({ areas: ["北京市"] })).incident;
    await makeIncident({ areas: ["北京市海淀区"] });
    await makeIncident({ areas: ["北京市朝阳区"], services: ["BROADBAND"] });
    await makeIncident({ areas: ["北京市朝阳区"], restoredHoursAgo: 1, startedHoursAgo: 3 });

    const mine = await activeIncidentsForLine(owner.actor, owner.line.id);
    expect(mine.map((i) => i.code)).toEqual([city.code]);
    expect(mine[0]!.latest?.body).toBe("发现故障，正在定位。");
    expect(await activeIncidentsForLine(owner.actor, other.line.id)).toEqual([]);
    expect(await activeIncidentsForLine((await makeStaff("AGENT")).actor, owner.line.id)).toEqual([]);
    expect(await activeIncidentsForLine(owner.actor, "no-such-line")).toEqual([]);
    expect(Object.keys(await activeIncidentsForMyLines(owner.actor))).toEqual([owner.line.id]);

    // Staff taking a report on the customer's behalf see them; roles that may not, and customers, do not.
    expect(Object.keys(await activeIncidentsForCustomerLines((await makeStaff("AGENT")).actor, owner.customer.id))).toEqual([owner.line.id]);
    expect(await activeIncidentsForCustomerLines((await makeStaff("AUDITOR")).actor, owner.customer.id)).toEqual({});
    expect(await activeIncidentsForCustomerLines(other.actor, owner.customer.id)).toEqual({});

    await db.line.update({ where: { id: owner.line.id }, data: { status: "TERMINATED" } });
    expect(await activeIncidentsForLine(owner.actor, owner.line.id)).toEqual([]);
  });
});

describe("waitForRestore", () => {
  it("records a confirmed SMS subscription for the line's area at the account phone, audited, masked", async () => {
    const owner = await makeCustomer();
    await moveLine(owner.line.id, "北京市朝阳区");
    await makeIncident({ areas: ["北京市"] });
    const result = await waitForRestore(owner.actor, owner.line.id);
    expect(result.phone).not.toBe(owner.user.phone);
    const sub = await db.statusSubscription.findUniqueOrThrow({ where: { area_channel_address: { area: "北京市朝阳区", channel: "SMS", address: owner.user.phone! } } });
    expect(sub.confirmedAt).not.toBeNull();
    expect(sub.cancelledAt).toBeNull();
    const [row] = await auditRows("status.subscribed_for_line");
    expect(row).toMatchObject({ actorId: owner.user.id, targetId: sub.id });
    expect(JSON.stringify(row!.summary)).not.toContain(owner.user.phone!);

    // A cancelled one is revived, and a second choice changes nothing else.
    await db.statusSubscription.update({ where: { id: sub.id }, data: { cancelledAt: new Date() } });
    await waitForRestore(owner.actor, owner.line.id);
    expect((await db.statusSubscription.findUniqueOrThrow({ where: { id: sub.id } })).cancelledAt).toBeNull();
    expect(await db.statusSubscription.count({ where: { address: owner.user.phone! } })).toBe(1);
  });

  it("refuses another customer's line (not found) and a line without an outage", async () => {
    const owner = await makeCustomer();
    const other = await makeCustomer();
    await moveLine(other.line.id, "北京市朝阳区");
    await makeIncident({ areas: ["北京市朝阳区"] });
    expect(await rejectionOf(() => waitForRestore(owner.actor, other.line.id))).toBeInstanceOf(NotFoundError);
    const none = await rejectionOf(() => waitForRestore(owner.actor, owner.line.id));
    expect(none).toBeInstanceOf(ExpectedError);
    expect((none as ExpectedError).key).toBe("status.outage.noIncident");
    expect(await db.statusSubscription.count()).toBe(0);
  });
});
