import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { maskPhone } from "@/lib/domain/mask";
import { TRACKING_CODE_MAX_ATTEMPTS, TRACKING_CODE_TTL_MS, TRACKING_GRANT_TTL_MS, formatTrackingCode, phoneTailMatches, trackingCodeState } from "@/lib/domain/tracking";
import type { Locale } from "@/lib/i18n";
import type { TrackingRequestInput, TrackingVerifyInput } from "@/lib/schemas/tracking";
import { db } from "../db";
import { audit } from "../audit";
import { ExpectedError } from "../action";
import { notifyAddress } from "../notify";
import { lockedForMs, recordFailure, trackingRequestKeys, trackingVerifyKeys } from "../throttle";
import { sameHash, trackingHash } from "../tracking-secret";
import { clockSelect } from "./selects";

// Tracking a request without an account. Before a code is verified nothing here tells whether
// an SRN exists: an unknown SRN and wrong digits get the same answer after the same work.

/** Someone without an account: their IP (for rate limits) and the language of their SMS. */
export type TrackingVisitor = { ip: string | null; locale: Locale };

function contactPhone(request: { details: unknown; customer: { phone: string } }): string {
  const d = (request.details ?? {}) as { contactPhone?: unknown };
  return typeof d.contactPhone === "string" && d.contactPhone ? d.contactPhone : request.customer.phone;
}

/**
 * Access: anyone, rate-limited per SRN and per IP. When the SRN exists and the digits are the
 * last four of its contact phone, a 6-digit code valid for 10 minutes is texted to that phone.
 * The answer is the same either way.
 */
export async function requestTrackingCode(visitor: TrackingVisitor, input: TrackingRequestInput, now = new Date()) {
  const keys = trackingRequestKeys(input.srn, visitor.ip);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("errors.trackingThrottled");
  await recordFailure(keys, now);

  const request = await db.serviceRequest.findUnique({
    where: { srn: input.srn },
    select: { id: true, details: true, customer: { select: { phone: true } } },
  });
  const phone = request ? contactPhone(request) : null;
  const code = formatTrackingCode(randomInt(0, 1_000_000));
  const codeHash = trackingHash("code", `${request?.id ?? "-"}:${code}`);
  await db.$transaction(async (tx) => {
    if (request && phone && phoneTailMatches(phone, input.phoneTail)) {
      await tx.trackingCode.create({ data: { requestId: request.id, codeHash, expiresAt: new Date(now.getTime() + TRACKING_CODE_TTL_MS), createdAt: now } });
      await notifyAddress(tx, { channel: "SMS", address: phone, locale: visitor.locale, template: "tracking.code", payload: { srn: input.srn, code } });
      await audit(tx, null, { action: "tracking.code_issued", targetType: "ServiceRequest", targetId: request.id, summary: { srn: input.srn } });
    } else {
      await audit(tx, null, {
        action: "tracking.code_refused",
        targetType: "ServiceRequest",
        targetId: request?.id ?? null,
        summary: { srn: input.srn, reason: request ? "phone" : "unknown" },
      });
    }
  });
  return { srn: input.srn };
}

/**
 * Access: anyone holding the code texted for the SRN. The newest code only; it works once,
 * within 10 minutes, and dies after 5 wrong tries. Success grants a read-only view of the
 * request for 30 minutes: the returned token goes into a cookie, only its hash is stored.
 */
export async function verifyTrackingCode(visitor: TrackingVisitor, input: TrackingVerifyInput, now = new Date()) {
  const keys = trackingVerifyKeys(input.srn, visitor.ip);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("errors.trackingThrottled");

  const request = await db.serviceRequest.findUnique({ where: { srn: input.srn }, select: { id: true } });
  const latest = request
    ? await db.trackingCode.findFirst({ where: { requestId: request.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] })
    : null;
  const right = sameHash(latest?.codeHash ?? "", trackingHash("code", `${request?.id ?? "-"}:${input.code}`));
  const state = latest ? trackingCodeState(latest, now) : null;

  if (request && latest && state === "usable" && right) {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + TRACKING_GRANT_TTL_MS);
    const granted = await db.$transaction(async (tx) => {
      // Single use even when two tries race: only one of them consumes the code.
      const used = await tx.trackingCode.updateMany({
        where: { id: latest.id, consumedAt: null, attempts: { lt: TRACKING_CODE_MAX_ATTEMPTS }, expiresAt: { gt: now } },
        data: { consumedAt: now },
      });
      if (used.count !== 1) return false;
      await tx.trackingGrant.create({ data: { requestId: request.id, tokenHash: trackingHash("grant", token), expiresAt, createdAt: now } });
      await audit(tx, null, { action: "tracking.code_verified", targetType: "ServiceRequest", targetId: request.id, summary: { srn: input.srn } });
      return true;
    });
    if (granted) return { token, expiresAt };
  }

  await recordFailure(keys, now);
  await db.$transaction(async (tx) => {
    if (latest && state === "usable" && !right) {
      await tx.trackingCode.updateMany({
        where: { id: latest.id, consumedAt: null, attempts: { lt: TRACKING_CODE_MAX_ATTEMPTS } },
        data: { attempts: { increment: 1 } },
      });
    }
    const reason = !request ? "unknown" : !latest ? "none" : state === "usable" ? (right ? "raced" : "wrong") : state;
    await audit(tx, null, { action: "tracking.code_failed", targetType: "ServiceRequest", targetId: request?.id ?? null, summary: { srn: input.srn, reason: reason ?? "none" } });
  });
  throw new ExpectedError("errors.trackingCodeInvalid");
}

/**
 * Access: a visitor holding an unexpired grant for the request (the token from their cookie).
 * Read-only: status, clocks, the customer-visible timeline, the contact phone masked.
 */
export async function getTrackedRequest(grant: { token: string }, now = new Date()) {
  if (!grant.token) return null;
  const row = await db.serviceRequest.findFirst({
    where: { trackingGrants: { some: { tokenHash: trackingHash("grant", grant.token), expiresAt: { gt: now } } } },
    select: {
      srn: true,
      type: true,
      status: true,
      title: true,
      level: true,
      createdAt: true,
      ...clockSelect,
      details: true,
      customer: { select: { phone: true } },
      owner: { select: { displayName: true } },
      trackingGrants: { where: { tokenHash: trackingHash("grant", grant.token) }, select: { expiresAt: true } },
      events: {
        where: { visibility: "CUSTOMER" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, visibility: true, body: true, toStatus: true, createdAt: true, actor: { select: { displayName: true, role: true } } },
      },
    },
  });
  if (!row) return null;
  const { details, customer, trackingGrants, ...rest } = row;
  return {
    ...rest,
    contactPhone: maskPhone(contactPhone({ details, customer })),
    grantExpiresAt: trackingGrants[0]!.expiresAt,
  };
}
export type TrackedRequest = NonNullable<Awaited<ReturnType<typeof getTrackedRequest>>>;

/** Access: the grant's holder. Ends the view now (the "track another request" button). */
export async function endTracking(grant: { token: string }) {
  if (!grant.token) return;
  await db.$transaction(async (tx) => {
    const ended = await tx.trackingGrant.findUnique({ where: { tokenHash: trackingHash("grant", grant.token) }, select: { id: true, requestId: true } });
    if (!ended) return;
    await tx.trackingGrant.delete({ where: { id: ended.id } });
    await audit(tx, null, { action: "tracking.ended", targetType: "ServiceRequest", targetId: ended.requestId });
  });
}
