import { describe, expect, it } from "vitest";
import { TRACKING_CODE_MAX_ATTEMPTS, TRACKING_CODE_TTL_MS, TRACKING_GRANT_TTL_MS } from "@/lib/domain/tracking";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { ExpectedError } from "../action";
import { db } from "../db";
import { TRACKING_LIMITS } from "../throttle";
import { endTracking, getTrackedRequest, requestTrackingCode, verifyTrackingCode, type TrackingVisitor } from "./tracking";

const visitor: TrackingVisitor = { ip: "198.51.100.7", locale: "zh-CN" };
const MIN = 60_000;

async function trackedRequest() {
  const owner = await makeCustomer();
  const request = await makeRequest(owner);
  return { owner, request, phone: owner.customer.phone, tail: owner.customer.phone.slice(-4) };
}

/** The code texted for the request (read from the outbox row, as a person reads the SMS). */
async function sentCode(srn: string): Promise<string> {
  const sms = await db.notification.findFirstOrThrow({ where: { template: "tracking.code", payload: { path: ["srn"], equals: srn } }, orderBy: { createdAt: "desc" } });
  return (sms.payload as { code: string }).code;
}

async function codeSent(now = new Date(), v = visitor) {
  const t = await trackedRequest();
  await requestTrackingCode(v, { srn: t.request.srn, phoneTail: t.tail }, now);
  return { ...t, code: await sentCode(t.request.srn) };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("requestTrackingCode", () => {
  it("texts a 6-digit code to the request's contact phone when the digits match, stored only as a hash", async () => {
    const t = await trackedRequest();
    const before = await rowCounts();
    expect(await requestTrackingCode({ ...visitor, locale: "en" }, { srn: t.request.srn, phoneTail: t.tail })).toEqual({ srn: t.request.srn });
    const sms = await db.notification.findFirstOrThrow({ where: { template: "tracking.code" } });
    expect(sms).toMatchObject({ channel: "SMS", recipientId: null, address: t.phone, locale: "en", status: "PENDING" });
    const code = (sms.payload as { code: string }).code;
    expect(code).toMatch(/^\d{6}$/);
    const stored = await db.trackingCode.findFirstOrThrow();
    expect(stored).toMatchObject({ requestId: t.request.id, attempts: 0, consumedAt: null });
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(TRACKING_CODE_TTL_MS);
    expect((await rowCounts()).notifications).toBe(before.notifications + 1);
    expect(await auditRows("tracking.code_issued")).toMatchObject([{ actorId: null, targetId: t.request.id, summary: { srn: t.request.srn }, ip: null }]);
    expect(JSON.stringify(await auditRows("tracking.code_issued"))).not.toContain(code);
  });

  it("uses the contact phone given on the request, not the account's", async () => {
    const owner = await makeCustomer();
    const request = await makeRequest(owner);
    await db.serviceRequest.update({ where: { id: request.id }, data: { details: { symptom: "NO_SIGNAL", contactPhone: "13611112222" } } });
    await requestTrackingCode(visitor, { srn: request.srn, phoneTail: owner.customer.phone.slice(-4) });
    expect(await db.trackingCode.count()).toBe(0);
    await requestTrackingCode(visitor, { srn: request.srn, phoneTail: "2222" });
    expect((await db.notification.findFirstOrThrow({ where: { template: "tracking.code" } })).address).toBe("13611112222");
  });

  it("answers an unknown SRN and wrong digits exactly as a match, and sends nothing", async () => {
    const t = await trackedRequest();
    const wrongTail = String((Number(t.tail) + 1) % 10_000).padStart(4, "0");
    const unknown = await requestTrackingCode(visitor, { srn: "SR20991231999999", phoneTail: t.tail });
    const mismatch = await requestTrackingCode(visitor, { srn: t.request.srn, phoneTail: wrongTail });
    const match = await requestTrackingCode(visitor, { srn: t.request.srn, phoneTail: t.tail });
    expect(Object.keys(unknown)).toEqual(Object.keys(match));
    expect(unknown).toEqual({ srn: "SR20991231999999" });
    expect(mismatch).toEqual(match);
    expect(await db.trackingCode.count()).toBe(1);
    expect(await db.notification.count()).toBe(1);
    expect((await auditRows("tracking.code_refused")).map((r) => r.summary)).toEqual([
      { srn: "SR20991231999999", reason: "unknown" },
      { srn: t.request.srn, reason: "phone" },
    ]);
  });

  it("is limited per SRN (for unknown SRNs too), with the same answer for both", async () => {
    const t = await trackedRequest();
    const now = new Date();
    for (let i = 0; i < TRACKING_LIMITS.srn; i++) {
      await requestTrackingCode({ ...visitor, ip: `203.0.113.${i}` }, { srn: t.request.srn, phoneTail: t.tail }, now);
      await requestTrackingCode({ ...visitor, ip: `203.0.113.${i}` }, { srn: "SR20991231999999", phoneTail: t.tail }, now);
    }
    const known = await rejectionOf(() => requestTrackingCode({ ...visitor, ip: "203.0.113.99" }, { srn: t.request.srn, phoneTail: t.tail }, now));
    const unknown = await rejectionOf(() => requestTrackingCode({ ...visitor, ip: "203.0.113.99" }, { srn: "SR20991231999999", phoneTail: t.tail }, now));
    expect(known).toBeInstanceOf(ExpectedError);
    expect(known).toEqual(unknown);
    expect(known).toMatchObject({ key: "errors.trackingThrottled" });
    expect(await db.trackingCode.count()).toBe(TRACKING_LIMITS.srn);
    // The lock ends: 15 minutes later codes are sent again.
    await requestTrackingCode({ ...visitor, ip: "203.0.113.99" }, { srn: t.request.srn, phoneTail: t.tail }, new Date(now.getTime() + 31 * MIN));
    expect(await db.trackingCode.count()).toBe(TRACKING_LIMITS.srn + 1);
  });

  it("is limited per IP across SRNs", async () => {
    const now = new Date();
    for (let i = 0; i < TRACKING_LIMITS.ip; i++) await requestTrackingCode(visitor, { srn: `SR2099123100${String(i).padStart(4, "0")}`, phoneTail: "0000" }, now);
    await expect(requestTrackingCode(visitor, { srn: "SR20991231888888", phoneTail: "0000" }, now)).rejects.toMatchObject({ key: "errors.trackingThrottled" });
    expect(await requestTrackingCode({ ...visitor, ip: "198.51.100.8" }, { srn: "SR20991231888888", phoneTail: "0000" }, now)).toEqual({ srn: "SR20991231888888" });
  });
});

describe("verifyTrackingCode", () => {
  it("a right code grants 30 minutes, stores only the token's hash, and is audited", async () => {
    const t = await codeSent();
    const now = new Date();
    const { token, expiresAt } = await verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code }, now);
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(expiresAt).toEqual(new Date(now.getTime() + TRACKING_GRANT_TTL_MS));
    const grant = await db.trackingGrant.findFirstOrThrow();
    expect(grant).toMatchObject({ requestId: t.request.id, expiresAt });
    expect(grant.tokenHash).not.toContain(token);
    expect((await db.trackingCode.findFirstOrThrow()).consumedAt).toEqual(now);
    expect(await auditRows("tracking.code_verified")).toMatchObject([{ targetId: t.request.id, summary: { srn: t.request.srn } }]);
  });

  it("is single use", async () => {
    const t = await codeSent();
    await verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code });
    await expect(verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code })).rejects.toMatchObject({ key: "errors.trackingCodeInvalid" });
    expect(await db.trackingGrant.count()).toBe(1);
  });

  it("is single use when two tries race", async () => {
    const t = await codeSent();
    const results = await Promise.allSettled([0, 1, 2].map(() => verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.trackingGrant.count()).toBe(1);
  });

  it("expires after 10 minutes", async () => {
    const issued = new Date();
    const t = await codeSent(issued);
    await expect(verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code }, new Date(issued.getTime() + TRACKING_CODE_TTL_MS))).rejects.toMatchObject({
      key: "errors.trackingCodeInvalid",
    });
    expect(await db.trackingGrant.count()).toBe(0);
    expect(await auditRows("tracking.code_failed")).toMatchObject([{ summary: { reason: "expired" } }]);
    // One moment earlier it still worked.
    const u = await codeSent(issued);
    expect(await verifyTrackingCode(visitor, { srn: u.request.srn, code: u.code }, new Date(issued.getTime() + TRACKING_CODE_TTL_MS - 1000))).toHaveProperty("token");
  });

  it("dies after five wrong tries: then even the right code fails", async () => {
    const t = await codeSent();
    for (let i = 1; i <= TRACKING_CODE_MAX_ATTEMPTS; i++) {
      const error = await rejectionOf(() => verifyTrackingCode(visitor, { srn: t.request.srn, code: wrong(t.code) }));
      expect(error, `try ${i}`).toMatchObject({ key: "errors.trackingCodeInvalid" });
      expect((await db.trackingCode.findFirstOrThrow()).attempts).toBe(i);
    }
    await expect(verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code })).rejects.toMatchObject({ key: "errors.trackingCodeInvalid" });
    expect(await db.trackingGrant.count()).toBe(0);
    expect((await auditRows("tracking.code_failed")).map((r) => (r.summary as { reason: string }).reason)).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong", "exhausted"]);
  });

  it("four wrong tries leave the code usable", async () => {
    const t = await codeSent();
    for (let i = 0; i < TRACKING_CODE_MAX_ATTEMPTS - 1; i++) await rejectionOf(() => verifyTrackingCode(visitor, { srn: t.request.srn, code: wrong(t.code) }));
    expect(await verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code })).toHaveProperty("token");
  });

  it("only the newest code counts", async () => {
    const t = await codeSent();
    await requestTrackingCode(visitor, { srn: t.request.srn, phoneTail: t.tail });
    const newer = await sentCode(t.request.srn);
    if (newer !== t.code) await expect(verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code })).rejects.toBeInstanceOf(ExpectedError);
    expect(await verifyTrackingCode(visitor, { srn: t.request.srn, code: newer })).toHaveProperty("token");
  });

  it("fails the same way for an unknown SRN, a request without a code, and a wrong code", async () => {
    const t = await codeSent();
    const other = await trackedRequest();
    const errors = await Promise.all([
      rejectionOf(() => verifyTrackingCode(visitor, { srn: "SR20991231999999", code: "123456" })),
      rejectionOf(() => verifyTrackingCode(visitor, { srn: other.request.srn, code: "123456" })),
      rejectionOf(() => verifyTrackingCode(visitor, { srn: t.request.srn, code: wrong(t.code) })),
    ]);
    expect(errors[0]).toEqual(errors[1]);
    expect(errors[1]).toEqual(errors[2]);
  });

  it("a code for one request does not open another", async () => {
    const t = await codeSent();
    const other = await codeSent();
    if (t.code !== other.code) await expect(verifyTrackingCode(visitor, { srn: other.request.srn, code: t.code })).rejects.toBeInstanceOf(ExpectedError);
    expect(await db.trackingGrant.count({ where: { requestId: other.request.id } })).toBe(0);
  });

  it("locks an IP after too many wrong codes", async () => {
    const now = new Date();
    for (let i = 0; i < TRACKING_LIMITS.verifyIp; i++) await rejectionOf(() => verifyTrackingCode(visitor, { srn: `SR2099123100${String(i).padStart(4, "0")}`, code: "000000" }, now));
    const t = await codeSent(now, { ...visitor, ip: "192.0.2.1" });
    await expect(verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code }, now)).rejects.toMatchObject({ key: "errors.trackingThrottled" });
    expect(await verifyTrackingCode({ ...visitor, ip: "192.0.2.1" }, { srn: t.request.srn, code: t.code }, now)).toHaveProperty("token");
  });
});

describe("getTrackedRequest", () => {
  async function granted() {
    const t = await codeSent();
    const agent = await makeStaff("AGENT");
    await db.requestEvent.create({ data: { requestId: t.request.id, kind: "note", visibility: "INTERNAL", actorId: agent.user.id, body: "内部备注" } });
    const now = new Date();
    const { token } = await verifyTrackingCode(visitor, { srn: t.request.srn, code: t.code }, now);
    return { ...t, token, now };
  }

  it("shows the holder of a grant that one request, read-only, without internal events, phone masked", async () => {
    const g = await granted();
    const view = await getTrackedRequest({ token: g.token });
    expect(view).toMatchObject({ srn: g.request.srn, status: "SUBMITTED", contactPhone: `${g.phone.slice(0, 3)}****${g.tail}` });
    expect(view!.events.map((e) => e.kind)).toEqual(["created"]);
    expectNoSecrets(view, [g.phone, g.owner.line.number]);
    expect(JSON.stringify(view)).not.toContain("内部备注");
    expect(Object.keys(view!)).not.toContain("description");
    expect(Object.keys(view!)).not.toContain("customer");
  });

  it("shows nothing for a wrong, missing or expired token, or after the grant ended", async () => {
    const g = await granted();
    expect(await getTrackedRequest({ token: "" })).toBeNull();
    expect(await getTrackedRequest({ token: `${g.token}x` })).toBeNull();
    expect(await getTrackedRequest({ token: g.token }, new Date(g.now.getTime() + TRACKING_GRANT_TTL_MS))).toBeNull();
    expect(await getTrackedRequest({ token: g.token }, new Date(g.now.getTime() + TRACKING_GRANT_TTL_MS - 1000))).not.toBeNull();
    await endTracking({ token: g.token });
    expect(await getTrackedRequest({ token: g.token })).toBeNull();
    expect(await db.trackingGrant.count()).toBe(0);
    expect(await auditRows("tracking.ended")).toMatchObject([{ targetId: g.request.id }]);
  });

  it("one grant opens only its own request", async () => {
    const g = await granted();
    const other = await trackedRequest();
    const view = await getTrackedRequest({ token: g.token });
    expect(view!.srn).toBe(g.request.srn);
    expect(view!.srn).not.toBe(other.request.srn);
  });
});
