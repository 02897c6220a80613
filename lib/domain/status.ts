import { AREAS, areaCovers } from "./areas";
import { SERVICE_KINDS, type ServiceKind } from "./roles";

// The status page's pure rules: which (area, service) cells an active incident disrupts, how
// long an incident lasted, where its estimated restore time stands, and the 90-day window.

export const STATUS_HISTORY_DAYS = 90;
export const STATUS_HISTORY_PAGE = 10;

export type IncidentScopeRef = { services: readonly ServiceKind[]; areas: readonly string[] };

/**
 * Whether an incident declared for `incidentArea` touches the listed area `area`: it covers the
 * area (北京市 covers 北京市朝阳区), or the area covers it (an outage in 北京市朝阳区 is an outage
 * in 北京市, though not everywhere there).
 */
export function areaTouches(incidentArea: string, area: string): boolean {
  return areaCovers(incidentArea, area) || areaCovers(area, incidentArea);
}

export type StatusCell = { service: ServiceKind; disrupted: boolean; incidents: number };
export type StatusRow = { area: string; cells: StatusCell[] };

/** The areas × services grid: a cell is disrupted when an active incident of that service touches the area. */
export function statusGrid(active: readonly IncidentScopeRef[], areas: readonly string[] = AREAS.map((a) => a.name)): StatusRow[] {
  return areas.map((area) => ({
    area,
    cells: SERVICE_KINDS.map((service) => {
      const incidents = active.filter((i) => i.services.includes(service) && i.areas.some((a) => areaTouches(a, area))).length;
      return { service, disrupted: incidents > 0, incidents };
    }),
  }));
}

export type EtaState = { kind: "none" } | { kind: "left"; minutes: number } | { kind: "overdue"; minutes: number };

/** Where an active incident's estimated restore time stands now: none given, minutes left, or overdue by. */
export function etaState(estimatedRestoreAt: Date | null, now: Date): EtaState {
  if (!estimatedRestoreAt) return { kind: "none" };
  const diff = estimatedRestoreAt.getTime() - now.getTime();
  return diff > 0 ? { kind: "left", minutes: Math.ceil(diff / 60_000) } : { kind: "overdue", minutes: Math.floor((now.getTime() - estimatedRestoreAt.getTime()) / 60_000) };
}

/** Whole minutes from start to restore (never negative). */
export function durationMinutes(startedAt: Date, restoredAt: Date): number {
  return Math.max(0, Math.round((restoredAt.getTime() - startedAt.getTime()) / 60_000));
}

/** Splits minutes into hours and minutes for "2 小时 5 分钟". */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** The start of the status page's history window. */
export function historySince(now: Date): Date {
  return new Date(now.getTime() - STATUS_HISTORY_DAYS * 86_400_000);
}

/** Every prefix of a line's area: an incident area covers the line exactly when it is one of them. */
export function areaPrefixes(area: string): string[] {
  const chars = [...area];
  return chars.map((_, i) => chars.slice(0, i + 1).join(""));
}

/** The English text when the reader reads English and there is one, else the Chinese. */
export function localized(zh: string, en: string, locale: string): string {
  return locale === "en" && en.trim() ? en : zh;
}
