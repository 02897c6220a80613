// Incidents for the status page's tests, made directly in the database as the incident desk
// (/admin/incidents) would record them: a declared stage, optional updates, optional restore.
import { db } from "@/server/db";
import type { ServiceKind } from "@/lib/domain/roles";
import { makeStaff } from "./factories";

let counter = 0;
const HOUR = 3_600_000;

export type IncidentOptions = {
  title?: string;
  titleEn?: string;
  services?: ServiceKind[];
  areas?: string[];
  level?: "I" | "II" | "III";
  kind?: "NETWORK" | "BUSINESS";
  startedHoursAgo?: number;
  etaHoursFromNow?: number | null;
  /** Restored this many hours ago (RESTORED), or still active when undefined. */
  restoredHoursAgo?: number;
  updates?: Array<{ body: string; bodyEn?: string; hoursAgo: number; kind?: "UPDATE" | "ETA_CHANGED" }>;
  now?: Date;
};

/** A unique incident code of the INC yyyyMMdd nnn shape; the day part keeps codes unique per test file. */
function nextCode(): string {
  counter += 1;
  const day = String(20260000 + (Date.now() % 9000) + 1000).slice(0, 8);
  return `INC${day}${String(counter).padStart(3, "0")}`;
}

export async function makeIncident(options: IncidentOptions = {}) {
  const now = options.now ?? new Date();
  const staff = await makeStaff("SUPERVISOR");
  const startedAt = new Date(now.getTime() - (options.startedHoursAgo ?? 2) * HOUR);
  const restoredAt = options.restoredHoursAgo === undefined ? null : new Date(now.getTime() - options.restoredHoursAgo * HOUR);
  const eta = options.etaHoursFromNow === null ? null : new Date(now.getTime() + (options.etaHoursFromNow ?? 1) * HOUR);
  const incident = await db.incident.create({
    data: {
      code: nextCode(),
      title: options.title ?? "朝阳区部分基站故障",
      titleEn: options.titleEn ?? "Base stations down in Chaoyang",
      summary: "部分用户无法拨打电话和上网，抢修中。",
      summaryEn: "Some customers cannot make calls or use data; repair under way.",
      kind: options.kind ?? "NETWORK",
      level: options.level ?? "II",
      services: options.services ?? ["MOBILE"],
      areas: options.areas ?? ["北京市朝阳区"],
      status: restoredAt ? "RESTORED" : "ACTIVE",
      startedAt,
      estimatedRestoreAt: eta,
      restoredAt,
      declaredById: staff.user.id,
      createdAt: startedAt,
    },
  });
  await db.incidentUpdate.create({ data: { incidentId: incident.id, kind: "DECLARED", body: "发现故障，正在定位。", bodyEn: "Outage found; locating the cause.", estimatedRestoreAt: eta, authorId: staff.user.id, createdAt: startedAt } });
  for (const u of options.updates ?? []) {
    await db.incidentUpdate.create({
      data: { incidentId: incident.id, kind: u.kind ?? "UPDATE", body: u.body, bodyEn: u.bodyEn ?? "", authorId: staff.user.id, createdAt: new Date(now.getTime() - u.hoursAgo * HOUR) },
    });
  }
  if (restoredAt) {
    await db.incidentUpdate.create({ data: { incidentId: incident.id, kind: "RESTORED", body: "业务已全部恢复。", bodyEn: "Service fully restored.", authorId: staff.user.id, createdAt: restoredAt } });
  }
  return { incident, staff };
}

/** Puts the customer's line in an area (factories make lines in "北京"). */
export async function moveLine(lineId: string, area: string, kind?: ServiceKind) {
  return db.line.update({ where: { id: lineId }, data: { area, ...(kind ? { kind } : {}) } });
}
