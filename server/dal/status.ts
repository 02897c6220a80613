import "server-only";
import { AREAS, areaCovers } from "@/lib/domain/areas";
import { STATUS_HISTORY_PAGE, areaPrefixes, historySince } from "@/lib/domain/status";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";

// The public status page's reads. Access: anyone, signed in or not — incidents are public by
// design (R3.4), so these take no actor. They select only what the page shows: no author, no
// checklist, no notice counts, nobody's personal data.

const latestUpdate = {
  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  take: 1,
  select: { kind: true, body: true, bodyEn: true, createdAt: true },
} satisfies Prisma.Incident$updatesArgs;

const incidentSummary = {
  code: true,
  title: true,
  titleEn: true,
  summary: true,
  summaryEn: true,
  kind: true,
  level: true,
  services: true,
  areas: true,
  status: true,
  startedAt: true,
  estimatedRestoreAt: true,
  restoredAt: true,
} as const;

/** Access: anyone. The incidents going on now, the most severe first, each with its latest update. */
export async function listActiveIncidents() {
  const rows = await db.incident.findMany({
    where: { status: "ACTIVE" },
    orderBy: [{ level: "asc" }, { startedAt: "desc" }, { id: "asc" }],
    select: { ...incidentSummary, updates: latestUpdate },
  });
  return rows.map(({ updates, ...i }) => ({ ...i, latest: updates[0] ?? null }));
}
export type PublicIncident = Awaited<ReturnType<typeof listActiveIncidents>>[number];

/**
 * The incident areas that touch a listed area: its own prefixes (an incident there covers it) and
 * the listed areas it covers (an incident in one of its districts is an outage in it).
 */
export function areasTouching(area: string): string[] {
  return [...new Set([...areaPrefixes(area), ...AREAS.filter((a) => areaCovers(area, a.name)).map((a) => a.name)])];
}

export type HistoryCursor = { restoredAt: Date; code: string };

export function encodeHistoryCursor(c: HistoryCursor): string {
  return `${c.restoredAt.getTime()}.${c.code}`;
}

export function decodeHistoryCursor(value: string | undefined): HistoryCursor | null {
  const m = value ? /^(\d{1,15})\.(INC\d{11})$/.exec(value) : null;
  return m ? { restoredAt: new Date(Number(m[1])), code: m[2]! } : null;
}

/**
 * Access: anyone. Restored incidents of the last 90 days, newest restore first, a page at a time
 * (keyset on restore time and code), optionally only those touching one area.
 */
export async function listRestoredIncidents(options: { area: string | null; after: HistoryCursor | null; now?: Date }) {
  const now = options.now ?? new Date();
  const after = options.after;
  const rows = await db.incident.findMany({
    where: {
      status: "RESTORED",
      restoredAt: { gte: historySince(now) },
      ...(options.area ? { areas: { hasSome: areasTouching(options.area) } } : {}),
      ...(after ? { OR: [{ restoredAt: { lt: after.restoredAt } }, { restoredAt: after.restoredAt, code: { lt: after.code } }] } : {}),
    },
    orderBy: [{ restoredAt: "desc" }, { code: "desc" }],
    take: STATUS_HISTORY_PAGE + 1,
    select: incidentSummary,
  });
  const page = rows.slice(0, STATUS_HISTORY_PAGE);
  const last = page.at(-1);
  return {
    incidents: page,
    next: rows.length > STATUS_HISTORY_PAGE && last?.restoredAt ? encodeHistoryCursor({ restoredAt: last.restoredAt, code: last.code }) : null,
  };
}

/** Access: anyone. One incident by its public code with its updates, oldest first; null when there is none. */
export async function getPublicIncident(code: string) {
  if (!/^INC\d{11}$/.test(code)) return null;
  return db.incident.findUnique({
    where: { code },
    select: {
      ...incidentSummary,
      updates: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, kind: true, body: true, bodyEn: true, estimatedRestoreAt: true, createdAt: true } },
    },
  });
}
export type PublicIncidentDetail = NonNullable<Awaited<ReturnType<typeof getPublicIncident>>>;

export const FEED_MAX_ENTRIES = 200;

/** Access: anyone. The incident updates of the last 90 days, newest first (the Atom feed's entries). */
export async function listFeedUpdates(now = new Date()) {
  return db.incidentUpdate.findMany({
    where: { createdAt: { gte: historySince(now) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FEED_MAX_ENTRIES,
    select: {
      id: true,
      kind: true,
      body: true,
      bodyEn: true,
      estimatedRestoreAt: true,
      createdAt: true,
      incident: { select: { code: true, title: true, titleEn: true, services: true, areas: true, level: true } },
    },
  });
}
export type FeedUpdate = Awaited<ReturnType<typeof listFeedUpdates>>[number];
