import { describe, expect, it } from "vitest";
import { ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_TTL_MS } from "@/lib/domain/one-time-code";
import { statusSubscribeSchema } from "@/lib/schemas/status";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { ExpectedError } from "../action";
import { db } from "../db";
import { statusTokenHash, unsubscribeToken } from "../status-token";
import { STATUS_LIMITS } from "../throttle";
import { cancelSubscription, confirmStatusSubscription, getSubscriptionByToken, requestStatusSubscription, type StatusVisitor } from "./status-subscriptions";

let n = 0;
const visitor = (): StatusVisitor => ({ ip: `203.0.113.${++n}`, locale: "zh-CN" });
const phone = () => `136${String(Date.now() % 1e4).padStart(4, "0")}${String(++n).padStart(4, "0")}`;
const AREA = "北京市朝阳区";

/** The newest code sent to the address (read from the outbox row, as a person reads the SMS). */
async function sentCode(address: string): Promise<string> {
  const row = await db.notification.findFirstOrThrow({ where: { template: "status.subscribeCode", address }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return (row.payload as { code: string }).code;
}
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
const sub = (address: string, channel: "SMS" | "EMAIL" = "SMS") => db.statusSubscription.findUniqueOrThrow({ where: { area_channel_address: { area: AREA, channel, address } } });
const keyOf = (e: unknown) => (e as ExpectedError).key;

describe("status subscriptions", () => {
  it("subscribe → code by SMS → confirm; audited with the address masked; the code works once", async () => {
    const v = visitor();
    const address = phone();
    expect(await requestStatusSubscription(v, { area: AREA, channel: "SMS", address })).toEqual({ area: AREA, channel: "SMS", address });
    const sms = await db.notification.findFirstOrThrow({ where: { address, template: "status.subscribeCode" } });
    expect(sms).toMatchObject({ channel: "SMS", recipientId: null, status: "PENDING", locale: "zh-CN" });
    const pending = await sub(address);
    expect(pending.confirmedAt).toBeNull();
    expect(pending.codeHash).not.toContain(await sentCode(address));
    expect(pending.tokenHash).toBe(statusTokenHash(unsubscribeToken(pending.id)));

    const code = await sentCode(address);
    await confirmStatusSubscription(v, { area: AREA, channel: "SMS", address, code });
    expect((await sub(address)).confirmedAt).not.toBeNull();
    expect(keyOf(await rejectionOf(() => confirmStatusSubscription(v, { area: AREA, channel: "SMS", address, code })))).toBe("status.errors.codeInvalid");

    const audits = [...(await auditRows("status.subscription_requested")), ...(await auditRows("status.subscription_confirmed"))];
    expect(audits).toHaveLength(2);
    for (const a of audits) {
      expect(a.actorId).toBeNull();
      expect(JSON.stringify(a.summary)).not.toContain(address);
      expect(a.summary).toMatchObject({ area: AREA, channel: "SMS", address: `${address.slice(0, 3)}****${address.slice(-4)}` });
    }
  });

  it("e-mail addresses are lower-cased and get the code by e-mail", async () => {
    const input = statusSubscribeSchema.parse({ area: AREA, channel: "EMAIL", address: "  Reader@Example.COM " });
    await requestStatusSubscription(visitor(), input);
    const mail = await db.notification.findFirstOrThrow({ where: { address: "reader@example.com", template: "status.subscribeCode" } });
    expect(mail.channel).toBe("EMAIL");
    await confirmStatusSubscription(visitor(), { area: AREA, channel: "EMAIL", address: "reader@example.com", code: await sentCode("reader@example.com") });
    expect((await sub("reader@example.com", "EMAIL")).confirmedAt).not.toBeNull();
  });

  it("gives the same answer for an address already subscribed, and keeps it subscribed", async () => {
    const address = phone();
    const fresh = await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address });
    await confirmStatusSubscription(visitor(), { area: AREA, channel: "SMS", address, code: await sentCode(address) });
    const again = await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address });
    expect(again).toEqual(fresh);
    expect((await sub(address)).confirmedAt).not.toBeNull();
    expect(await db.statusSubscription.count({ where: { address } })).toBe(1);
  });

  it("five wrong codes kill the code: the right one is refused afterwards", async () => {
    const v = visitor();
    const address = phone();
    await requestStatusSubscription(v, { area: AREA, channel: "SMS", address });
    const code = await sentCode(address);
    for (let i = 0; i < ONE_TIME_CODE_MAX_ATTEMPTS; i++) {
      expect(keyOf(await rejectionOf(() => confirmStatusSubscription(v, { area: AREA, channel: "SMS", address, code: wrong(code) })))).toBe("status.errors.codeInvalid");
    }
    expect((await sub(address)).codeAttempts).toBe(ONE_TIME_CODE_MAX_ATTEMPTS);
    expect(keyOf(await rejectionOf(() => confirmStatusSubscription(v, { area: AREA, channel: "SMS", address, code })))).toBe("status.errors.codeInvalid");
    expect((await sub(address)).confirmedAt).toBeNull();
  });

  it("an expired code is refused; a new code replaces the old one", async () => {
    const address = phone();
    const then = new Date(Date.now() - ONE_TIME_CODE_TTL_MS - 60_000);
    await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address }, then);
    const old = await sentCode(address);
    expect(keyOf(await rejectionOf(() => confirmStatusSubscription(visitor(), { area: AREA, channel: "SMS", address, code: old })))).toBe("status.errors.codeInvalid");
    await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address });
    const fresh = await sentCode(address);
    if (fresh !== old) expect(keyOf(await rejectionOf(() => confirmStatusSubscription(visitor(), { area: AREA, channel: "SMS", address, code: old })))).toBe("status.errors.codeInvalid");
    await confirmStatusSubscription(visitor(), { area: AREA, channel: "SMS", address, code: fresh });
    expect((await sub(address)).confirmedAt).not.toBeNull();
  });

  it("limits code requests per address and per IP", async () => {
    const address = phone();
    for (let i = 0; i < STATUS_LIMITS.address; i++) await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address });
    const before = await db.notification.count({ where: { address } });
    expect(keyOf(await rejectionOf(() => requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address })))).toBe("status.errors.throttled");
    expect(await db.notification.count({ where: { address } })).toBe(before);

    const v = visitor();
    for (let i = 0; i < STATUS_LIMITS.ip; i++) await requestStatusSubscription(v, { area: AREA, channel: "SMS", address: phone() });
    expect(keyOf(await rejectionOf(() => requestStatusSubscription(v, { area: AREA, channel: "SMS", address: phone() })))).toBe("status.errors.throttled");
  });

  it("unsubscribes with the link's token (a forged or tampered one does nothing) and re-subscribing works", async () => {
    const address = phone();
    await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address });
    await confirmStatusSubscription(visitor(), { area: AREA, channel: "SMS", address, code: await sentCode(address) });
    const row = await sub(address);
    const token = unsubscribeToken(row.id);

    expect(await getSubscriptionByToken(`${row.id}.forged`)).toBeNull();
    expect(await getSubscriptionByToken(unsubscribeToken("someone-else"))).toBeNull();
    expect(keyOf(await rejectionOf(() => cancelSubscription(`${row.id}.forged`)))).toBe("status.unsubscribe.invalid");
    expect(await getSubscriptionByToken(token)).toEqual({ area: AREA, channel: "SMS", address: `${address.slice(0, 3)}****${address.slice(-4)}`, active: true });

    await cancelSubscription(token);
    await cancelSubscription(token);
    expect((await sub(address)).cancelledAt).not.toBeNull();
    expect(await auditRows("status.subscription_cancelled")).toHaveLength(1);
    expect((await getSubscriptionByToken(token))?.active).toBe(false);

    // Asking again sends a code; entering it renews the cancelled subscription (same row, same link).
    await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address });
    expect((await sub(address)).cancelledAt).not.toBeNull();
    await confirmStatusSubscription(visitor(), { area: AREA, channel: "SMS", address, code: await sentCode(address) });
    const renewed = await sub(address);
    expect(renewed.id).toBe(row.id);
    expect(renewed.cancelledAt).toBeNull();
    expect((await getSubscriptionByToken(token))?.active).toBe(true);
  });

  it("a code for one address or area does not confirm another", async () => {
    const a = phone();
    const b = phone();
    await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address: a });
    await requestStatusSubscription(visitor(), { area: AREA, channel: "SMS", address: b });
    const codeA = await sentCode(a);
    const codeB = await sentCode(b);
    if (codeA !== codeB) expect(keyOf(await rejectionOf(() => confirmStatusSubscription(visitor(), { area: AREA, channel: "SMS", address: b, code: codeA })))).toBe("status.errors.codeInvalid");
    expect(keyOf(await rejectionOf(() => confirmStatusSubscription(visitor(), { area: "上海市", channel: "SMS", address: a, code: codeA })))).toBe("status.errors.codeInvalid");
    expect((await sub(a)).confirmedAt).toBeNull();
  });
});
