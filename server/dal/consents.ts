import "server-only";
import { acceptedNotice, currentConsents, type MarketingKind } from "@/lib/domain/privacy";
import type { AcceptNoticeInput, MarketingConsentInput } from "@/lib/schemas/privacy";
import { PRIVACY_NOTICES } from "@/lib/privacy-notices";
import { db, type Tx } from "../db";
import type { Actor, CustomerActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError } from "../action";
import { can } from "../policy";

// The privacy notice and consents (PIPL arts. 14–16). Consents are an append-only history: every
// grant and withdrawal is a new row with its time and where it was given; the current state of a
// kind is its latest row. Marketing consents are optional and never a condition of service.

const noticeSelect = { version: true, title: true, titleEn: true, body: true, bodyEn: true, publishedAt: true } as const;

/**
 * Writes the notice versions that ship with the code (lib/privacy-notices.ts) into PrivacyNotice,
 * skipping those already there: every deployment has the text its customers consent to.
 */
export async function ensurePrivacyNotices(client: Pick<typeof db, "privacyNotice"> = db) {
  await client.privacyNotice.createMany({
    data: PRIVACY_NOTICES.map((n) => ({ ...n, publishedAt: new Date(n.publishedAt) })),
    skipDuplicates: true,
  });
}

/** Access: public. The notice in force now: the newest one published. */
export async function getCurrentNotice(now = new Date()) {
  const find = () => db.privacyNotice.findFirst({ where: { publishedAt: { lte: now } }, orderBy: { publishedAt: "desc" }, select: noticeSelect });
  const found = await find();
  if (found) return found;
  await ensurePrivacyNotices();
  return find();
}
export type PrivacyNoticeView = NonNullable<Awaited<ReturnType<typeof getCurrentNotice>>>;

/** Access: public. Every published version, newest first (the /privacy page lists them). */
export async function listNotices(now = new Date()) {
  await getCurrentNotice(now);
  return db.privacyNotice.findMany({ where: { publishedAt: { lte: now } }, orderBy: { publishedAt: "desc" }, select: { version: true, title: true, titleEn: true, publishedAt: true } });
}

/** Access: public. One published version by its name, or null. */
export async function getNotice(version: string, now = new Date()) {
  if (!/^[\w.-]{1,20}$/.test(version)) return null;
  return db.privacyNotice.findFirst({ where: { version, publishedAt: { lte: now } }, select: noticeSelect });
}

function requireConsentActor(actor: Actor): CustomerActor {
  if (actor.kind !== "customer" || !can(actor, "privacy:consent:own")) throw new ForbiddenError();
  return actor;
}

const consentSelect = { id: true, kind: true, granted: true, noticeVersion: true, source: true, createdAt: true } as const;

/**
 * Access: the customer themself (privacy:consent:own). The current state of each kind, the full
 * history (newest first), and the notice in force with whether they accepted that version.
 */
export async function getMyConsents(actor: Actor, now = new Date()) {
  const me = requireConsentActor(actor);
  const [history, notice] = await Promise.all([
    db.consent.findMany({ where: { userId: me.userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: consentSelect }),
    getCurrentNotice(now),
  ]);
  const current = currentConsents(history);
  return {
    current,
    history: [...history].reverse(),
    notice: notice ? { version: notice.version, title: notice.title, titleEn: notice.titleEn, publishedAt: notice.publishedAt } : null,
    acceptedCurrentNotice: acceptedNotice(current.PRIVACY_NOTICE, notice?.version ?? null),
  };
}
export type MyConsents = Awaited<ReturnType<typeof getMyConsents>>;

/** Serialises consent changes of one user (two clicks racing append one row, not two). */
async function lockUser(tx: Tx, userId: string) {
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}

async function latest(tx: Tx, userId: string, kind: string) {
  return tx.consent.findFirst({ where: { userId, kind }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: consentSelect });
}

/**
 * Access: the customer themself (privacy:consent:own). Gives or withdraws one marketing consent:
 * a new history row and an audit row, or nothing when it is already in that state.
 */
export async function setMarketingConsent(actor: Actor, input: MarketingConsentInput, now = new Date()) {
  const me = requireConsentActor(actor);
  return db.$transaction(async (tx) => {
    await lockUser(tx, me.userId);
    const current = await latest(tx, me.userId, input.kind);
    if ((current?.granted ?? false) === input.granted) return { kind: input.kind, granted: input.granted, changed: false };
    await tx.consent.create({ data: { userId: me.userId, kind: input.kind, granted: input.granted, source: "privacy-centre", createdAt: now } });
    await audit(tx, me, { action: input.granted ? "consent.grant" : "consent.withdraw", targetType: "User", targetId: me.userId, summary: { kind: input.kind, source: "privacy-centre" } });
    return { kind: input.kind, granted: input.granted, changed: true };
  });
}

/**
 * Access: the customer themself (privacy:consent:own). Accepts the notice in force, by the version
 * the page showed: a version that is no longer current is refused (the page has changed).
 */
export async function acceptCurrentNotice(actor: Actor, input: AcceptNoticeInput, now = new Date()) {
  const me = requireConsentActor(actor);
  const notice = await getCurrentNotice(now);
  if (!notice || notice.version !== input.version) throw new ExpectedError("privacy.errors.noticeChanged");
  return db.$transaction(async (tx) => {
    await lockUser(tx, me.userId);
    const current = await latest(tx, me.userId, "PRIVACY_NOTICE");
    if (acceptedNotice(current, notice.version)) return { version: notice.version, changed: false };
    await tx.consent.create({ data: { userId: me.userId, kind: "PRIVACY_NOTICE", granted: true, noticeVersion: notice.version, source: "privacy-centre", createdAt: now } });
    await audit(tx, me, { action: "consent.grant", targetType: "User", targetId: me.userId, summary: { kind: "PRIVACY_NOTICE", noticeVersion: notice.version, source: "privacy-centre" } });
    return { version: notice.version, changed: true };
  });
}

/**
 * Access: registration only (inside its transaction). Records consent to the notice in force and
 * the optional marketing consents as the form gave them — a refusal is recorded too, so the
 * history shows what was asked and answered.
 */
export async function recordRegistrationConsents(
  tx: Tx,
  userId: string,
  input: { noticeVersion: string; marketing: Record<MarketingKind, boolean> },
  now = new Date(),
) {
  const rows = [
    { kind: "PRIVACY_NOTICE", granted: true, noticeVersion: input.noticeVersion },
    ...(Object.entries(input.marketing) as Array<[MarketingKind, boolean]>).map(([kind, granted]) => ({ kind, granted, noticeVersion: null })),
  ];
  await tx.consent.createMany({ data: rows.map((r) => ({ ...r, userId, source: "register", createdAt: now })) });
}

