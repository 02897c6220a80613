import { areaCovers, areaLabel } from "./areas";
import type { RequestAction } from "./request-status";
import type { RequestStatus } from "./roles";
import { HOUR_MS, cstDayKey } from "./time";

// Incidents (故障公告, R3.4 应急预案): an outage declared by staff for services in areas, at one of
// three emergency levels, each with its playbook; updates, ETA changes and playbook ticks while it
// is ACTIVE; restored once. Pure rules shared by the DAL, the forms and the demo seed.

export const INCIDENT_KINDS = ["NETWORK", "BUSINESS"] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_LEVELS = ["I", "II", "III"] as const;
export type IncidentLevel = (typeof INCIDENT_LEVELS)[number];
export type IncidentStatus = "ACTIVE" | "RESTORED";
export const INCIDENT_UPDATE_KINDS = ["DECLARED", "UPDATE", "ETA_CHANGED", "RESTORED"] as const;
export type IncidentUpdateKind = (typeof INCIDENT_UPDATE_KINDS)[number];

/**
 * The emergency levels (应急响应级别) and what each means (incidents.level.<L>.name/meaning):
 * I 特别重大 — a whole city or several provinces, or a core network element: every customer of a
 * service there is cut off; reported to the 通信管理局. II 重大 — a district or a whole service in a
 * city. III 较大 — a part of a district or one service for a limited number of customers.
 * `updateEveryMinutes` is how often the public is told while it lasts.
 */
export const LEVELS: Record<IncidentLevel, { updateEveryMinutes: number; playbook: readonly PlaybookStep[] }> = {
  I: {
    updateEveryMinutes: 30,
    playbook: ["commandCentre", "reportRegulator", "dispatchRepair", "switchOver", "publicNotice", "publicUpdates30", "verifyRestore", "review"],
  },
  II: {
    updateEveryMinutes: 60,
    playbook: ["emergencyTeam", "reportManagement", "dispatchRepair", "publicNotice", "publicUpdates60", "verifyRestore", "review"],
  },
  III: {
    updateEveryMinutes: 120,
    playbook: ["assignLead", "dispatchRepair", "publicNotice", "publicUpdates120", "verifyRestore"],
  },
};

/** Every playbook step's key; its text is incidents.playbook.<key>. */
export const PLAYBOOK_STEPS = [
  "commandCentre",
  "emergencyTeam",
  "assignLead",
  "reportRegulator",
  "reportManagement",
  "dispatchRepair",
  "switchOver",
  "publicNotice",
  "publicUpdates30",
  "publicUpdates60",
  "publicUpdates120",
  "verifyRestore",
  "review",
] as const;
export type PlaybookStep = (typeof PLAYBOOK_STEPS)[number];

export function playbookOf(level: IncidentLevel): readonly PlaybookStep[] {
  return LEVELS[level].playbook;
}

/** The published restore promise (R1.4): a network outage within 2 h, a business outage within 4 h. */
export const RESTORE_PROMISE_HOURS: Record<IncidentKind, number> = { NETWORK: 2, BUSINESS: 4 };

export function restorePromisedBy(kind: IncidentKind, startedAt: Date): Date {
  return new Date(startedAt.getTime() + RESTORE_PROMISE_HOURS[kind] * HOUR_MS);
}

// ---- Codes -------------------------------------------------------------------------------------

/** INC + yyyyMMdd (China Standard Time) + a 3-digit sequence of that day. */
export const INCIDENT_CODE_PATTERN = /^INC\d{8}\d{3}$/;
export const INCIDENT_MAX_PER_DAY = 999;

/** The SrnCounter row an incident's day sequence lives in (distinct from the SRNs' day keys). */
export function incidentCounterKey(at: Date): string {
  return `INC:${cstDayKey(at)}`;
}

export function formatIncidentCode(at: Date, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > INCIDENT_MAX_PER_DAY) throw new RangeError(`incident sequence out of range: ${sequence}`);
  return `INC${cstDayKey(at)}${String(sequence).padStart(3, "0")}`;
}

/** Accepts what people type: spaces and lower case are forgiven. */
export function normalizeIncidentCode(input: string): string | null {
  const value = input.replace(/\s+/g, "").toUpperCase();
  return INCIDENT_CODE_PATTERN.test(value) ? value : null;
}

// ---- State rules -------------------------------------------------------------------------------

export type IncidentRuleError = "notActive" | "restoredBeforeStart" | "restoredInFuture" | "etaBeforeStart" | "unknownStep" | "stepDone";

/** Updates, ETA changes and playbook ticks only while the incident is ACTIVE; restored once. */
export function canChange(status: IncidentStatus): boolean {
  return status === "ACTIVE";
}

/** An ETA must be after the start. */
export function checkEta(startedAt: Date, eta: Date): IncidentRuleError | null {
  return eta.getTime() > startedAt.getTime() ? null : "etaBeforeStart";
}

/** ACTIVE → RESTORED once, at a time between the start and now. */
export function checkRestore(status: IncidentStatus, startedAt: Date, restoredAt: Date, now: Date): IncidentRuleError | null {
  if (!canChange(status)) return "notActive";
  if (restoredAt.getTime() < startedAt.getTime()) return "restoredBeforeStart";
  if (restoredAt.getTime() > now.getTime()) return "restoredInFuture";
  return null;
}

/** One ticked playbook step: when and by whom. */
export type ChecklistEntry = { step: PlaybookStep; doneAt: string; doneById: string };

/** The stored checklist (JSON), keeping only well-formed entries of known steps. */
export function parseChecklist(value: unknown): ChecklistEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is ChecklistEntry =>
      !!e && typeof e === "object" && (PLAYBOOK_STEPS as readonly string[]).includes((e as ChecklistEntry).step) && typeof (e as ChecklistEntry).doneAt === "string" && typeof (e as ChecklistEntry).doneById === "string",
  );
}

/** Ticks a step of the level's playbook: the checklist with it, or why not. */
export function tickStep(status: IncidentStatus, level: IncidentLevel, checklist: readonly ChecklistEntry[], step: string, at: Date, byId: string): { ok: true; checklist: ChecklistEntry[] } | { ok: false; error: IncidentRuleError } {
  if (!canChange(status)) return { ok: false, error: "notActive" };
  if (!(playbookOf(level) as readonly string[]).includes(step)) return { ok: false, error: "unknownStep" };
  if (checklist.some((e) => e.step === step)) return { ok: false, error: "stepDone" };
  return { ok: true, checklist: [...checklist, { step: step as PlaybookStep, doneAt: at.toISOString(), doneById: byId }] };
}

// ---- Notices -----------------------------------------------------------------------------------

export const NOTICE_TEMPLATES: Record<IncidentUpdateKind, "incident.declared" | "incident.update" | "incident.eta" | "incident.restored"> = {
  DECLARED: "incident.declared",
  UPDATE: "incident.update",
  ETA_CHANGED: "incident.eta",
  RESTORED: "incident.restored",
};

/**
 * Whether a status subscription to `subscribedArea` hears about an incident in `incidentAreas`: an
 * area covers the other either way (a subscriber to 北京市 hears of an outage in 北京市朝阳区, and
 * one to 北京市朝阳区 of an outage for all of 北京市).
 */
export function subscriptionHears(incidentAreas: readonly string[], subscribedArea: string): boolean {
  return incidentAreas.some((a) => areaCovers(a, subscribedArea) || areaCovers(subscribedArea, a));
}

/** The subscription areas that hear about an incident in these areas, from a list of candidates. */
export function overlappingAreas(incidentAreas: readonly string[], candidates: readonly string[]): string[] {
  return candidates.filter((c) => subscriptionHears(incidentAreas, c));
}

/** The once-per-stage key of a notice: "user:<id>" or "sub:<id>". */
export const userRecipientKey = (userId: string) => `user:${userId}`;
export const subscriptionRecipientKey = (subscriptionId: string) => `sub:${subscriptionId}`;

/** A subscriber whose address is the phone or e-mail of a user already told for the stage is not told again. */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

// ---- Linked fault reports ----------------------------------------------------------------------

/** A linked request still being worked: restored with the incident. (RESOLVED waits for the customer.) */
export const LINKED_OPEN_STATUSES: readonly RequestStatus[] = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "AWAITING_INFO"];

/**
 * The steps of the request state machine (lib/domain/request-status.ts) that bring a linked open
 * request to RESOLVED when its incident is restored: a submitted one is accepted first; one waiting
 * for the customer's information has its pause ended (the question is moot: the cause is fixed),
 * as the customer's answer would; then resolved.
 */
export function restorePath(status: RequestStatus): RequestAction[] {
  switch (status) {
    case "SUBMITTED":
      return ["accept", "resolve"];
    case "ACCEPTED":
    case "IN_PROGRESS":
      return ["resolve"];
    case "AWAITING_INFO":
      return ["provideInfo", "resolve"];
    default:
      return [];
  }
}

/**
 * The part of every stage's notice that names the incident, in both languages (the templates
 * choose the reader's): one builder for the fan-out job and the demo seed, so no message misses
 * a variable its template needs.
 */
export function incidentNoticeNames(incident: { code: string; title: string; titleEn: string; areas: readonly string[] }) {
  return {
    code: incident.code,
    title: incident.title,
    titleEn: incident.titleEn || incident.title,
    areas: incident.areas.map((a) => areaLabel(a, "zh-CN")).join("、"),
    areasEn: incident.areas.map((a) => areaLabel(a, "en")).join(", "),
  };
}
