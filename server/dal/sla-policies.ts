import "server-only";
import { CN_STANDARD, CN_STANDARD_CODE } from "@/lib/domain/cn-calendar";
import type { BusinessCalendar } from "@/lib/domain/business-calendar";
import type { ClockCalendars } from "@/lib/domain/request-effects";
import { computeDeadlines, type Deadlines } from "@/lib/domain/sla";
import { DEFAULT_POLICIES, calendarFromRows, onCalendar, policyFromColumns, type RequestLevel, type SlaPolicyRules } from "@/lib/domain/sla-policy";
import type { RequestType } from "@/lib/domain/roles";
import type { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../db";

// The SLA policy a request runs under, for the server. Every writer of deadlines goes through
// here: a new request takes the newest version of its type (newRequestDeadlines), and anything
// that recomputes or moves the deadlines of an existing request uses that request's own version
// (policyOfRequest), never a newer one. With no policy stored for a type (a fresh test database),
// the built-in defaults (version 0) on CN-STANDARD apply. No access rule: these read configuration
// that every request needs; the callers have checked their actor.

export const policySelect = {
  id: true,
  type: true,
  version: true,
  acceptHours: true,
  acceptHoursSpecial: true,
  acceptOnCalendar: true,
  respondHours1: true,
  respondHours2: true,
  respondHours3: true,
  respondOnCalendar: true,
  resolveHours1: true,
  resolveHours2: true,
  resolveHours3: true,
  resolveOnCalendar: true,
  warnAtPercent: true,
  calendarId: true,
} as const satisfies Prisma.SlaPolicySelect;

export type PolicyWithCalendar = { id: string | null; policy: SlaPolicyRules; calendar: BusinessCalendar };


/** A stored calendar with its holidays and make-up days; CN-STANDARD's built-in copy when there is none. */
export async function loadCalendar(tx: Tx | Db, calendarId: string | null): Promise<BusinessCalendar> {
  const row = await tx.businessCalendar.findFirst({
    where: calendarId ? { id: calendarId } : { code: CN_STANDARD_CODE },
    select: { timeZone: true, workdays: true, dayStartMin: true, dayEndMin: true, days: { select: { date: true, kind: true } } },
  });
  return row ? calendarFromRows(row, row.days) : CN_STANDARD;
}

async function withCalendar(tx: Tx | Db, row: Prisma.SlaPolicyGetPayload<{ select: typeof policySelect }> | null, type: RequestType): Promise<PolicyWithCalendar> {
  if (!row) return { id: null, policy: DEFAULT_POLICIES[type], calendar: await loadCalendar(tx, null) };
  return { id: row.id, policy: policyFromColumns(type, row), calendar: await loadCalendar(tx, row.calendarId) };
}

/** The newest policy version of a type (what a new request starts under). */
export async function currentPolicy(tx: Tx | Db, type: RequestType): Promise<PolicyWithCalendar> {
  const row = await tx.slaPolicy.findFirst({ where: { type }, orderBy: { version: "desc" }, select: policySelect });
  return withCalendar(tx, row, type);
}

/** The version a request started under (the defaults when it has none recorded). */
export async function policyOfRequest(tx: Tx | Db, request: { slaPolicyId: string | null; type: RequestType }): Promise<PolicyWithCalendar> {
  const row = request.slaPolicyId ? await tx.slaPolicy.findUnique({ where: { id: request.slaPolicyId }, select: policySelect }) : null;
  return withCalendar(tx, row, request.type);
}

/** Which calendar each clock of a policy runs on (null: 24×7), for moving deadlines after a pause. */
export function clockCalendars({ policy, calendar }: PolicyWithCalendar): ClockCalendars {
  return {
    accept: onCalendar(policy, "accept") ? calendar : null,
    respond: onCalendar(policy, "respond") ? calendar : null,
    resolve: onCalendar(policy, "resolve") ? calendar : null,
  };
}

/**
 * The deadlines of a new request from the newest policy of its type, with the version to store:
 * spread the result into ServiceRequest's create data.
 */
export async function newRequestDeadlines(
  tx: Tx | Db,
  input: { type: RequestType; level: RequestLevel; special: boolean; createdAt: Date; chosenDate?: Date | null },
): Promise<Deadlines & { slaPolicyId: string | null }> {
  const current = await currentPolicy(tx, input.type);
  return { ...computeDeadlines({ ...input, policy: current.policy, calendar: current.calendar }), slaPolicyId: current.id };
}
