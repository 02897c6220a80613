import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import { LINKED_OPEN_STATUSES, restorePath } from "@/lib/domain/incidents";
import { transitionEffects } from "@/lib/domain/request-effects";
import { OPEN_STATUSES, REQUEST_TRANSITIONS } from "@/lib/domain/request-status";
import type { RequestStatus, Role } from "@/lib/domain/roles";
import { TIME_ZONE } from "@/lib/domain/time";
import { DATE_FORMATS, DEFAULT_LOCALE } from "@/lib/i18n";
import zhCN from "@/messages/zh-CN.json";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import { audit } from "../audit";
import { ConflictError } from "../action";
import { affectedLinesWhere } from "./incident-scope";
import { claimNotices } from "./incident-notices";
import { clockSelect } from "./selects";
import { clockCalendars, policyOfRequest } from "./sla-policies";

// Fault reports linked to an incident (issue 6 part 3): a FAULT_REPAIR filed for a line the ACTIVE
// incident affects is linked at creation; at every later stage each linked open request gets a
// customer-visible timeline event with the update; on restore the ones still being worked are
// resolved through the state machine's own steps, with the restore note as their result. The
// customer is told once per stage, by the incident notice — never by a second request message.

// Timeline texts are data, written once in the operator's language (as the SLA sweep's reasons).
const text = createTranslator({ locale: DEFAULT_LOCALE, messages: zhCN, namespace: "incidents.timeline" });
const format = createFormatter({ locale: DEFAULT_LOCALE, timeZone: TIME_ZONE, formats: DATE_FORMATS });

/**
 * Inside a new request's transaction: links a fault report on a line an ACTIVE incident of its
 * service affects (lib/domain/areas.ts via affectedLinesWhere) and writes the customer-visible
 * event. Returns the incident's code, or null.
 */
export async function linkFaultReportIn(tx: Tx, request: { id: string; lineId: string; now: Date }): Promise<string | null> {
  const line = await tx.line.findUnique({ where: { id: request.lineId }, select: { kind: true } });
  if (!line) return null;
  const candidates = await tx.incident.findMany({
    where: { status: "ACTIVE", services: { has: line.kind }, startedAt: { lte: request.now } },
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
    select: { id: true, code: true, services: true, areas: true },
  });
  for (const incident of candidates) {
    if (!(await tx.line.count({ where: { id: request.lineId, ...affectedLinesWhere(incident) } }))) continue;
    await tx.serviceRequest.update({ where: { id: request.id }, data: { incidentId: incident.id } });
    await tx.requestEvent.create({
      data: { requestId: request.id, kind: "incidentLinked", visibility: "CUSTOMER", actorId: null, body: text("linked", { code: incident.code }), createdAt: request.now },
    });
    return incident.code;
  }
  return null;
}

export type Stage = {
  id: string;
  kind: "DECLARED" | "UPDATE" | "ETA_CHANGED" | "RESTORED";
  body: string;
  createdAt: Date;
  estimatedRestoreAt: Date | null;
  author: { id: string; role: Role } | null;
  incident: { id: string; code: string };
};

const linkedSelect = { id: true, srn: true, type: true, status: true, version: true, ownerId: true, slaPolicyId: true, createdAt: true, ...clockSelect, closedAt: true } as const satisfies Prisma.ServiceRequestSelect;
type Linked = Prisma.ServiceRequestGetPayload<{ select: typeof linkedSelect }>;

/**
 * The stage on the timeline of every linked open request, once each ("req:<id>" notices), in
 * batches. A request filed after the stage already had its link event; on restore every one still
 * being worked is resolved, whenever it was filed.
 */
export async function updateLinkedRequests(stage: Stage, batch: number): Promise<number> {
  const restored = stage.kind === "RESTORED";
  let cursor = "";
  let touched = 0;
  for (;;) {
    const rows = await db.serviceRequest.findMany({
      where: { incidentId: stage.incident.id, id: { gt: cursor }, status: { in: [...OPEN_STATUSES] }, ...(restored ? {} : { createdAt: { lte: stage.createdAt } }) },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true },
    });
    if (!rows.length) break;
    touched += await db.$transaction(
      async (tx) => {
        const fresh = await claimNotices(tx, stage.id, rows.map((r) => `req:${r.id}`));
        for (const key of fresh) {
          const request = await tx.serviceRequest.findUnique({ where: { id: key.slice(4) }, select: linkedSelect });
          if (!request) continue;
          if (restored && LINKED_OPEN_STATUSES.includes(request.status)) await resolveWithIncident(tx, request, stage);
          else if (OPEN_STATUSES.includes(request.status)) await stageEvent(tx, request.id, stage);
        }
        return fresh.length;
      },
      { timeout: 120_000 },
    );
    cursor = rows.at(-1)!.id;
    if (rows.length < batch) break;
  }
  return touched;
}

function stageBody(stage: Stage): string {
  const eta = stage.estimatedRestoreAt ? format.dateTime(stage.estimatedRestoreAt, "short") : "";
  return text(stage.kind === "RESTORED" ? "restored" : "update", { code: stage.incident.code, body: stage.body, hasEta: eta ? "yes" : "no", eta });
}

async function stageEvent(tx: Tx, requestId: string, stage: Stage) {
  await tx.requestEvent.create({ data: { requestId, kind: "incidentUpdate", visibility: "CUSTOMER", actorId: stage.author?.id ?? null, body: stageBody(stage), createdAt: new Date() } });
}

/**
 * Resolves a linked request with its incident through the state machine's steps (restorePath):
 * each step must be legal from the status it starts in, and applies its clock effects, so the
 * accept, respond and resolve clocks end and the SLA sweep stops. The restorer is the handler;
 * audited. A request changed meanwhile rolls the batch back for the next run.
 */
async function resolveWithIncident(tx: Tx, request: Linked, stage: Stage) {
  const now = new Date();
  let status: RequestStatus = request.status;
  let clocks = { ...request };
  const data: Prisma.ServiceRequestUncheckedUpdateManyInput = {};
  const events: Prisma.RequestEventCreateManyInput[] = [];
  const path = restorePath(request.status);
  const calendars = path.includes("provideInfo") ? clockCalendars(await policyOfRequest(tx, request)) : undefined;
  for (const action of path) {
    const rule = REQUEST_TRANSITIONS[action];
    if (!rule.from.includes(status)) throw new ConflictError();
    const effects = transitionEffects(action, request.type, clocks, now, calendars);
    clocks = { ...clocks, ...effects };
    Object.assign(data, effects);
    // The customer's pause ends without a "you answered" event: the incident answers it.
    if (action !== "provideInfo") {
      events.push({ requestId: request.id, kind: action, visibility: "CUSTOMER", actorId: stage.author?.id ?? null, fromStatus: status, toStatus: rule.to, body: action === "resolve" ? stageBody(stage) : null, createdAt: now });
    }
    status = rule.to;
  }
  const { count } = await tx.serviceRequest.updateMany({
    where: { id: request.id, version: request.version },
    data: { ...data, status, ownerId: request.ownerId ?? stage.author?.id ?? null, version: { increment: 1 } },
  });
  if (count !== 1) throw new ConflictError();
  await tx.requestEvent.createMany({ data: events });
  await audit(tx, stage.author ? { userId: stage.author.id, role: stage.author.role } : null, {
    action: "request.resolveWithIncident",
    targetType: "ServiceRequest",
    targetId: request.id,
    summary: { srn: request.srn, from: request.status, to: status, steps: path, incident: stage.incident.code },
  });
}
