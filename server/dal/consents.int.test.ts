import { beforeEach, describe, expect, it, vi } from "vitest";
import { acceptNoticeAction, setMarketingConsentAction } from "@/app/account/privacy/actions";
import { PRIVACY_NOTICES } from "@/lib/privacy-notices";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError } from "../action";
import { db } from "../db";
import { acceptCurrentNotice, ensurePrivacyNotices, getCurrentNotice, getMyConsents, getNotice, listNotices, setMarketingConsent } from "./consents";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const MINUTE = 60_000;

describe("privacy notices", () => {
  it("writes the shipped versions once and serves the newest published one", async () => {
    expect(await db.privacyNotice.count()).toBe(0);
    const current = await getCurrentNotice();
    expect(current?.version).toBe("2026-06");
    await ensurePrivacyNotices();
    expect(await db.privacyNotice.count()).toBe(PRIVACY_NOTICES.length);
    // Before 2026-06 was published, 2025-01 was in force.
    expect((await getCurrentNotice(new Date("2026-05-31T00:00:00+08:00")))?.version).toBe("2025-01");
    expect((await listNotices()).map((n) => n.version)).toEqual(["2026-06", "2025-01"]);
    expect(await getNotice("2025-01")).toMatchObject({ version: "2025-01", body: expect.stringContaining("实名") });
    expect(await getNotice("'; drop table")).toBeNull();
    expect(await getNotice("2099-01")).toBeNull();
  });
});

describe("marketing consents", () => {
  it("withdraws and gives again with one call each: appended rows, audit rows, and the history newest first", async () => {
    const c = await makeCustomer();
    const t0 = new Date(Date.now() - 10 * MINUTE);
    await db.consent.create({ data: { userId: c.user.id, kind: "MARKETING_SMS", granted: true, source: "register", createdAt: t0 } });

    expect(await setMarketingConsent(c.actor, { kind: "MARKETING_SMS", granted: false }, new Date(t0.getTime() + MINUTE))).toEqual({ kind: "MARKETING_SMS", granted: false, changed: true });
    expect(await setMarketingConsent(c.actor, { kind: "MARKETING_SMS", granted: true }, new Date(t0.getTime() + 2 * MINUTE))).toMatchObject({ changed: true });

    const mine = await getMyConsents(c.actor);
    expect(mine.current.MARKETING_SMS).toMatchObject({ granted: true, source: "privacy-centre" });
    expect(mine.current.MARKETING_EMAIL).toBeNull();
    expect(mine.history.map((h) => [h.kind, h.granted, h.source])).toEqual([
      ["MARKETING_SMS", true, "privacy-centre"],
      ["MARKETING_SMS", false, "privacy-centre"],
      ["MARKETING_SMS", true, "register"],
    ]);
    expect((await auditRows("consent.withdraw")).map((a) => [a.actorId, a.summary])).toEqual([[c.user.id, { kind: "MARKETING_SMS", source: "privacy-centre" }]]);
    expect(await auditRows("consent.grant")).toHaveLength(1);
  });

  it("writes nothing when the consent is already in that state (never given counts as withdrawn)", async () => {
    const c = await makeCustomer();
    expect(await setMarketingConsent(c.actor, { kind: "MARKETING_EMAIL", granted: false })).toMatchObject({ changed: false });
    expect(await db.consent.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("appends one row when two identical clicks race", async () => {
    const c = await makeCustomer();
    await Promise.all([setMarketingConsent(c.actor, { kind: "MARKETING_SMS", granted: true }), setMarketingConsent(c.actor, { kind: "MARKETING_SMS", granted: true })]);
    expect(await db.consent.count({ where: { userId: c.user.id } })).toBe(1);
  });

  it("touches only the actor's own history", async () => {
    const c = await makeCustomer();
    const other = await makeCustomer();
    await db.consent.create({ data: { userId: other.user.id, kind: "MARKETING_SMS", granted: true, source: "register" } });
    await setMarketingConsent(c.actor, { kind: "MARKETING_SMS", granted: true });
    expect((await getMyConsents(c.actor)).history).toHaveLength(1);
    expect((await getMyConsents(other.actor)).history.map((h) => h.source)).toEqual(["register"]);
  });

  it.each(["AGENT", "SUPERVISOR", "ADMIN"] as const)("refuses staff (%s)", async (role) => {
    const staff = await makeStaff(role);
    expect(await rejectionOf(() => setMarketingConsent(staff.actor, { kind: "MARKETING_SMS", granted: true }))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(() => getMyConsents(staff.actor))).toBeInstanceOf(ForbiddenError);
    expect(await db.consent.count()).toBe(0);
  });

  it("works through the action for the signed-in customer, and the action refuses bad input", async () => {
    const c = await makeCustomer();
    signInAs(c.user);
    expect(await setMarketingConsentAction({ kind: "MARKETING_EMAIL", granted: true })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await setMarketingConsentAction({ kind: "PRIVACY_NOTICE" as "MARKETING_SMS", granted: false })).toMatchObject({ ok: false });
    expect(await db.consent.count()).toBe(1);
  });
});

describe("acceptCurrentNotice", () => {
  it("records consent to the version in force, once", async () => {
    const c = await makeCustomer();
    await db.consent.create({ data: { userId: c.user.id, kind: "PRIVACY_NOTICE", granted: true, noticeVersion: "2025-01", source: "register", createdAt: new Date("2025-03-01T00:00:00Z") } });
    await ensurePrivacyNotices();
    expect((await getMyConsents(c.actor)).acceptedCurrentNotice).toBe(false);
    expect(await acceptCurrentNotice(c.actor, { version: "2026-06" })).toEqual({ version: "2026-06", changed: true });
    expect(await acceptCurrentNotice(c.actor, { version: "2026-06" })).toEqual({ version: "2026-06", changed: false });
    const mine = await getMyConsents(c.actor);
    expect(mine.acceptedCurrentNotice).toBe(true);
    expect(mine.current.PRIVACY_NOTICE).toMatchObject({ noticeVersion: "2026-06", source: "privacy-centre" });
    expect(await auditRows("consent.grant")).toHaveLength(1);
  });

  it("refuses a version that is not the one in force", async () => {
    const c = await makeCustomer();
    const error = await rejectionOf(() => acceptCurrentNotice(c.actor, { version: "2025-01" }));
    expect((error as ExpectedError).key).toBe("privacy.errors.noticeChanged");
    signInAs(c.user);
    expect(await acceptNoticeAction({ version: "2024-01" })).toEqual({ ok: false, formError: "privacy.errors.noticeChanged" });
    expect(await db.consent.count()).toBe(0);
  });
});
