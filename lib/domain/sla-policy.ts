import type { RequestType } from "./roles";
import type { BusinessCalendar, CalendarDayKind } from "./business-calendar";

// SLA policies (服务承诺的时限): the hours each request type promises, by level, and whether each
// clock runs on the business calendar or around the clock. Admins edit them at /admin/sla; every
// save is a new version, and a request keeps the version it started under
// (ServiceRequest.slaPolicyId), so a level change recomputes from the same promise. How the
// resolve-by deadline is set (hours, or the date the customer chose) stays in code, in
// lib/domain/sla.ts (SLA_TABLE). When the database holds no policy for a type, the built-in
// defaults below (version 0) apply; migration 20261128200000_sla_defaults stores the same as
// version 1. See docs/decisions/0012-sla-engine.md.

export type RequestLevel = 1 | 2 | 3;
export const REQUEST_LEVELS = [1, 2, 3] as const satisfies readonly RequestLevel[];
export type ByLevel = Record<RequestLevel, number>;

export type SlaPolicyRules = {
  type: RequestType;
  version: number;
  /** Hours to accept (受理): 24, 48 when the request is flagged special (R2.1). */
  acceptHours: number;
  acceptHoursSpecial: number;
  acceptOnCalendar: boolean;
  /** First response by level; null when the type promises none. */
  respondHours: ByLevel | null;
  respondOnCalendar: boolean;
  /** Resolve (restore, complete, reply) by level; null where the customer's date decides or none is promised. */
  resolveHours: ByLevel | null;
  resolveOnCalendar: boolean;
  /** Warn the owner when this share of a clock has elapsed. */
  warnAtPercent: number;
};

export type ClockKind = "accept" | "respond" | "resolve";

/** 《电信用户申诉处理办法》: the operator replies to a complaint within 15 days of receiving it. */
export const COMPLAINT_REPLY_DAYS = 15;

const same = (h: number): ByLevel => ({ 1: h, 2: h, 3: h });

// Accept-by runs on the business calendar (China's working days); every other clock is 24×7.
const base = { version: 0, acceptHours: 24, acceptHoursSpecial: 48, acceptOnCalendar: true, respondOnCalendar: false, resolveOnCalendar: false, warnAtPercent: 80 } as const;

export const DEFAULT_POLICIES: Record<RequestType, SlaPolicyRules> = {
  // 业务开通: done by the end of the appointment window the customer chose.
  SERVICE_OPENING: { ...base, type: "SERVICE_OPENING", respondHours: null, resolveHours: null },
  // 故障报修: R3.2 — major faults answered within 1 h, general within 2 h; R1.4 — a network
  // outage (level 1) restored within 2 h, a business outage (level 2) within 4 h; minor 24 h.
  FAULT_REPAIR: { ...base, type: "FAULT_REPAIR", respondHours: { 1: 1, 2: 2, 3: 24 }, resolveHours: { 1: 2, 2: 4, 3: 24 } },
  // 业务变更: 48 h; a suspension or resumption by the end of its effective date.
  BUSINESS_CHANGE: { ...base, type: "BUSINESS_CHANGE", respondHours: null, resolveHours: same(48) },
  // 咨询: answered within 24 h.
  CONSULTATION: { ...base, type: "CONSULTATION", respondHours: same(24), resolveHours: null },
  // 套餐调整: done by its effective date (the next billing cycle).
  PLAN_CHANGE: { ...base, type: "PLAN_CHANGE", respondHours: null, resolveHours: null },
  // 投诉: the complaint team accepts (受理) within 48 h around the clock; the reply within 15 days
  // of receipt, by law; never paused.
  COMPLAINT: { ...base, type: "COMPLAINT", acceptHours: 48, acceptHoursSpecial: 48, acceptOnCalendar: false, respondHours: null, resolveHours: same(COMPLAINT_REPLY_DAYS * 24) },
  // 销户: completed within 48 h of the confirmed request.
  TERMINATION: { ...base, type: "TERMINATION", respondHours: null, resolveHours: same(48) },
};

/** The policy as SlaPolicy's columns hold it. */
export type SlaPolicyColumns = {
  version: number;
  acceptHours: number;
  acceptHoursSpecial: number;
  acceptOnCalendar: boolean;
  respondHours1: number | null;
  respondHours2: number | null;
  respondHours3: number | null;
  respondOnCalendar: boolean;
  resolveHours1: number | null;
  resolveHours2: number | null;
  resolveHours3: number | null;
  resolveOnCalendar: boolean;
  warnAtPercent: number;
};

const byLevel = (a: number | null, b: number | null, c: number | null): ByLevel | null => (a !== null && b !== null && c !== null ? { 1: a, 2: b, 3: c } : null);

export function policyFromColumns(type: RequestType, row: SlaPolicyColumns): SlaPolicyRules {
  return {
    type,
    version: row.version,
    acceptHours: row.acceptHours,
    acceptHoursSpecial: row.acceptHoursSpecial,
    acceptOnCalendar: row.acceptOnCalendar,
    respondHours: byLevel(row.respondHours1, row.respondHours2, row.respondHours3),
    respondOnCalendar: row.respondOnCalendar,
    resolveHours: byLevel(row.resolveHours1, row.resolveHours2, row.resolveHours3),
    resolveOnCalendar: row.resolveOnCalendar,
    warnAtPercent: row.warnAtPercent,
  };
}

export function policyToColumns(p: SlaPolicyRules): Omit<SlaPolicyColumns, "version"> {
  return {
    acceptHours: p.acceptHours,
    acceptHoursSpecial: p.acceptHoursSpecial,
    acceptOnCalendar: p.acceptOnCalendar,
    respondHours1: p.respondHours?.[1] ?? null,
    respondHours2: p.respondHours?.[2] ?? null,
    respondHours3: p.respondHours?.[3] ?? null,
    respondOnCalendar: p.respondOnCalendar,
    resolveHours1: p.resolveHours?.[1] ?? null,
    resolveHours2: p.resolveHours?.[2] ?? null,
    resolveHours3: p.resolveHours?.[3] ?? null,
    resolveOnCalendar: p.resolveOnCalendar,
    warnAtPercent: p.warnAtPercent,
  };
}

/** Whether a clock of this policy counts business time (else wall-clock time, 24×7). */
export function onCalendar(p: SlaPolicyRules, clock: ClockKind): boolean {
  return clock === "accept" ? p.acceptOnCalendar : clock === "respond" ? p.respondOnCalendar : p.resolveOnCalendar;
}

/** What changes from one version to the next, field by field (the edit page shows it). */
export function policyChanges(from: SlaPolicyRules, to: SlaPolicyRules): Array<{ field: string; from: string; to: string }> {
  const a = policyToColumns(from);
  const b = policyToColumns(to);
  return (Object.keys(a) as Array<keyof typeof a>)
    .filter((k) => a[k] !== b[k])
    .map((k) => ({ field: k, from: String(a[k] ?? "—"), to: String(b[k] ?? "—") }));
}

/** The calendar and its overrides as the database holds them. */
export function calendarFromRows(row: { timeZone: string; workdays: number[]; dayStartMin: number; dayEndMin: number }, days: Array<{ date: string; kind: CalendarDayKind }>): BusinessCalendar {
  return { timeZone: row.timeZone, workdays: row.workdays, dayStartMin: row.dayStartMin, dayEndMin: row.dayEndMin, days: new Map(days.map((d) => [d.date, d.kind])) };
}
