import "server-only";
import { DATA_CATEGORIES } from "@/lib/domain/privacy";
import { db } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { redactPayload } from "../notify/render";
import { ownSubscriptionsWhere } from "./status-subscription-owner";

// A copy of everything we hold about the signed-in customer (PIPL art. 45), as one object: the
// JSON download, the printable page and the PDF are all made from it. Nothing of the customer's
// own data is masked; only secrets are left out (password hash, session version, code and token
// hashes, one-time codes in message payloads), and nothing of anyone else is included — staff
// appear only by the display name and role the customer already sees on the progress page.

/** Each model that holds the customer's data, and where it is in the export. */
export const EXPORTED_MODELS = {
  Customer: "customer",
  User: "account",
  Line: "lines",
  UsageRecord: "usageRecords",
  Bill: "bills",
  BillItem: "bills[].items",
  Remedy: "remedies",
  PlanChange: "planChanges",
  ServiceRequest: "serviceRequests",
  RequestEvent: "serviceRequests[].events",
  FollowUp: "serviceRequests[].returnVisits",
  Rating: "ratings",
  SurveyResponse: "surveyResponses",
  Notification: "notifications",
  Consent: "consents",
  OneTimeCode: "oneTimeCodes",
  PrivacyRequest: "privacyRequests",
  ServiceArchive: "serviceArchives",
  AuditLog: "activityLog",
  // Made by address on /status, without an account: exported when the address is the customer's own.
  StatusSubscription: "statusSubscriptions",
  // The quality loop (issue 7): survey waves the customer was invited to, the churn-risk score
  // kept about them with its reasons (automated assessment, PIPL art. 24), and win-back calls.
  SurveyInvitation: "surveyInvitations",
  ChurnScore: "churnRisk",
  WinBackTask: "winBackTasks",
} as const;

/**
 * Models that reference a customer, user, line or request but are not exported, and why. A test
 * fails when a model references one of those and is in neither list, so a new table cannot be
 * forgotten.
 */
export const NOT_EXPORTED: Record<string, string> = {
  TrackingCode: "Hashes of tracking codes sent for a request; a hash reveals nothing and the code expires in 10 minutes.",
  TrackingGrant: "Hashes of 30-minute tracking-view tokens; a hash reveals nothing.",
  FaqArticle: "Knowledge-base articles; only staff edit them, so they hold no customer's data.",
  RateLimit: "Counters of failed sign-ins and code requests per identifier and IP, kept for 15 minutes; no content.",
  SlaPolicy: "The operator's time-limit policies; they name only the staff member who saved a version.",
  SlaAlert: "Staff's internal warnings that a deadline is near or passed; the deadlines themselves are in serviceRequests.",
  ReplyTemplate: "Staff's reply templates; they hold no customer's data.",
  ReplyDraft: "A complaint reply waiting for a supervisor is staff's internal draft; once approved it is the reply in serviceRequests[].events.",
  Commitment: "The operator's published service commitments; they name only the staff member who published a version.",
  Incident: "Public outage notices (故障公告) declared by staff; they name only the staff member who declared them. A request linked to one carries its events in serviceRequests.",
  IncidentUpdate: "The public updates of an outage, written by staff for everyone affected; what you were sent is in notifications.",
  IncidentNotice: "A once-per-recipient marker that an outage update was sent; the message itself is in notifications.",
  RemedyRule: "The operator's remedy rules; they name only the staff member who last changed one. The customer's own remedies are in remedies.",
  SurveyWave: "The operator's survey definitions (questions, period, segment); they name only the staff member who created them. Your invitations and answers are in surveyInvitations and surveyResponses.",
  ImprovementProject: "The operator's internal service-improvement projects: aggregate figures and staff's plans, naming only staff.",
  ImprovementAction: "Actions of an internal improvement project, assigned to staff; they hold no customer's data.",
  ImprovementReview: "Staff's quarterly review notes on an internal improvement project; no customer's data.",
  ImprovementRequest: "A link from an internal improvement project to a request as evidence; the request itself is in serviceRequests.",
  OutcomePage: "Public service-outcome pages written by staff about aggregate results; no customer's data.",
  OutcomeRevision: "The edit history of the public outcome pages, by staff; no customer's data.",
};

/** What the export says about what it leaves out (the readable page says the same, translated). */
export const EXPORT_EXCLUSIONS = [
  { what: "internalNotes", why: "Staff's internal notes on your requests are the operator's working record of handling them, are not shown on your progress page, and may name other people. Ask with a privacy request if you think they hold your personal data." },
  { what: "returnVisitNotes", why: "Staff's private notes on return visits, for the same reason; the return visits themselves, their due dates and outcomes are included." },
  { what: "remedyNotes", why: "Staff's notes on approving or rejecting a remedy, for the same reason; the remedies themselves, their amounts, status and the bill they were credited on are included." },
  { what: "winBackNotes", why: "Staff's private notes on win-back calls, for the same reason; the tasks themselves, the offer, their status and outcome are included." },
  { what: "secrets", why: "Your password hash, session version, and the hashes and values of one-time codes are security secrets, not information about you." },
] as const;

export type ExportFormat = "json" | "html" | "pdf";

const time = { createdAt: true } as const;

/**
 * Access: the customer themself (privacy:export:own); staff and other customers get nothing.
 * Audited with the format. Reads everything about the actor's customer and user.
 */
export async function exportMyData(actor: Actor, format: ExportFormat, now = new Date()) {
  if (actor.kind !== "customer" || !can(actor, "privacy:export:own")) throw new ForbiddenError();
  const customerId = actor.customerId;
  const userId = actor.userId;
  const [churnRisk, winBackTasks, surveyInvitations] = await Promise.all([
    db.churnScore.findUnique({ where: { customerId }, select: { score: true, band: true, reasons: true, computedAt: true } }),
    db.winBackTask.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { offer: true, status: true, outcome: true, attempts: true, dueAt: true, createdAt: true, closedAt: true },
    }),
    db.surveyInvitation.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { createdAt: true, wave: { select: { code: true, title: true, titleEn: true } } },
    }),
  ]);
  const [customer, account, lines, requests, ratings, surveyResponses, notifications, consents, oneTimeCodes, privacyRequests, archives, activity, remedies] = await Promise.all([
    db.customer.findUnique({
      where: { id: customerId },
      select: { id: true, type: true, name: true, phone: true, email: true, idNumber: true, realNameVerified: true, lifecycleStage: true, area: true, createdAt: true, updatedAt: true },
    }),
    db.user.findFirst({
      where: { id: userId, customerId },
      select: { id: true, role: true, displayName: true, phone: true, email: true, disabled: true, notifySms: true, notifyEmail: true, locale: true, lastLoginAt: true, createdAt: true, updatedAt: true },
    }),
    db.line.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        area: true,
        address: true,
        activatedAt: true,
        lockInEndsAt: true,
        balanceFen: true,
        depositFen: true,
        addOns: true,
        terminatedAt: true,
        createdAt: true,
        plan: { select: { code: true, name: true, nameEn: true, monthlyFeeFen: true } },
        usage: { orderBy: { month: "asc" }, select: { month: true, dataMb: true, voiceMinutes: true, smsCount: true, updatedAt: true } },
        bills: {
          orderBy: { month: "asc" },
          select: {
            month: true,
            totalFen: true,
            status: true,
            issuedAt: true,
            dueAt: true,
            paidAt: true,
            items: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, label: true, labelEn: true, amountFen: true } },
          },
        },
        planChanges: {
          orderBy: { createdAt: "asc" },
          select: {
            status: true,
            effectiveAt: true,
            feeDiffFen: true,
            appliedAt: true,
            cancelledAt: true,
            createdAt: true,
            fromPlan: { select: { code: true, name: true, nameEn: true } },
            toPlan: { select: { code: true, name: true, nameEn: true } },
            request: { select: { srn: true } },
          },
        },
      },
    }),
    db.serviceRequest.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        srn: true,
        type: true,
        status: true,
        level: true,
        special: true,
        channel: true,
        title: true,
        description: true,
        details: true,
        complaintStage: true,
        acceptBy: true,
        acceptedAt: true,
        respondBy: true,
        respondedAt: true,
        resolveBy: true,
        resolvedAt: true,
        closedAt: true,
        clockPausedAt: true,
        createdAt: true,
        updatedAt: true,
        line: { select: { number: true } },
        owner: { select: { displayName: true } },
        relatedRequest: { select: { srn: true, customerId: true } },
        events: {
          where: { visibility: "CUSTOMER" },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { kind: true, fromStatus: true, toStatus: true, body: true, createdAt: true, actor: { select: { displayName: true, role: true } } },
        },
        followUps: { orderBy: { createdAt: "asc" }, select: { reason: true, status: true, dueAt: true, outcome: true, createdAt: true, closedAt: true } },
      },
    }),
    db.rating.findMany({
      where: { customerId },
      orderBy: { createdAt: "asc" },
      select: { score: true, reasons: true, comment: true, resolved: true, ...time, request: { select: { srn: true } } },
    }),
    db.surveyResponse.findMany({
      where: { customerId },
      orderBy: { createdAt: "asc" },
      select: { score: true, reason: true, ...time, wave: { select: { code: true, title: true, titleEn: true } } },
    }),
    db.notification.findMany({
      where: { recipientId: userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { channel: true, address: true, locale: true, template: true, payload: true, status: true, sentAt: true, readAt: true, ...time },
    }),
    db.consent.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, granted: true, noticeVersion: true, source: true, ...time } }),
    db.oneTimeCode.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { purpose: true, subject: true, attempts: true, expiresAt: true, consumedAt: true, ...time },
    }),
    db.privacyRequest.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { kind: true, status: true, details: true, dueAt: true, outcome: true, refusalReason: true, handledAt: true, ...time },
    }),
    db.serviceArchive.findMany({
      where: { customerId },
      orderBy: { archivedAt: "asc" },
      select: { snapshot: true, archivedAt: true, retainUntil: true, line: { select: { number: true } } },
    }),
    db.auditLog.findMany({
      where: { actorId: userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, targetType: true, targetId: true, ip: true, summary: true, ...time },
    }),
    // Remedies proposed for the customer, whatever became of them; the decision note is staff's
    // internal record, like internal notes (EXPORT_EXCLUSIONS).
    db.remedy.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        measure: true,
        kind: true,
        amountFen: true,
        reason: true,
        reasonEn: true,
        status: true,
        decidedAt: true,
        ...time,
        line: { select: { number: true } },
        request: { select: { srn: true } },
        incident: { select: { code: true } },
        billItem: { select: { bill: { select: { month: true } } } },
      },
    }),
  ]);
  if (!customer || !account) throw new NotFoundError();
  const statusSubscriptions = await db.statusSubscription.findMany({
    where: await ownSubscriptionsWhere(db, { customerId, userId }),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { area: true, channel: true, address: true, locale: true, confirmedAt: true, cancelledAt: true, ...time },
  });

  const data = {
    format: "servicehall-personal-data",
    version: 1,
    generatedAt: now,
    customer,
    account,
    lines: lines.map(({ usage: _usage, bills: _bills, planChanges: _planChanges, ...line }) => line),
    usageRecords: lines.flatMap((l) => l.usage.map((u) => ({ line: l.number, ...u }))),
    bills: lines.flatMap((l) => l.bills.map((b) => ({ line: l.number, ...b }))),
    planChanges: lines.flatMap((l) => l.planChanges.map(({ request, ...p }) => ({ line: l.number, srn: request.srn, ...p }))),
    remedies: remedies.map(({ line, request, incident, billItem, ...r }) => ({
      ...r,
      line: line?.number ?? null,
      srn: request?.srn ?? null,
      incident: incident?.code ?? null,
      billMonth: billItem?.bill.month ?? null,
    })),
    serviceRequests: requests.map(({ line, owner, relatedRequest, followUps, ...r }) => ({
      ...r,
      line: line?.number ?? null,
      handler: owner?.displayName ?? null,
      // Only a related request of the same customer is named (complaints about their own requests).
      relatedSrn: relatedRequest && relatedRequest.customerId === customerId ? relatedRequest.srn : null,
      returnVisits: followUps,
    })),
    ratings: ratings.map(({ request, ...r }) => ({ srn: request.srn, ...r })),
    surveyResponses: surveyResponses.map(({ wave, ...s }) => ({ survey: wave.code, surveyTitle: wave.title, surveyTitleEn: wave.titleEn, ...s })),
    surveyInvitations: surveyInvitations.map(({ wave, ...i }) => ({ survey: wave.code, surveyTitle: wave.title, surveyTitleEn: wave.titleEn, ...i })),
    churnRisk: churnRisk ? [{ ...churnRisk, reasons: JSON.stringify(churnRisk.reasons) }] : [],
    winBackTasks,
    notifications: notifications.map((n) => ({ ...n, payload: redactPayload(n.template, n.payload) })),
    consents,
    oneTimeCodes,
    privacyRequests,
    serviceArchives: archives.map(({ line, ...a }) => ({ line: line.number, ...a })),
    activityLog: activity,
    statusSubscriptions,
    retention: DATA_CATEGORIES.map((c) => ({ category: c.key, legalBasis: c.basis, retention: c.retention, tables: c.tables })),
    excluded: EXPORT_EXCLUSIONS,
  };

  await db.$transaction((tx) => audit(tx, actor, { action: "privacy.export", targetType: "Customer", targetId: customerId, summary: { format } }));
  return data;
}
export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;
