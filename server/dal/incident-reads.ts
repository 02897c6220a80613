import "server-only";
import { parseChecklist, playbookOf } from "@/lib/domain/incidents";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { NotFoundError } from "../action";
import { can } from "../policy";
import { affectedLinesWhere } from "./incident-scope";

// Incidents for staff (/admin/incidents): incident:read lists and opens them.

export const RESTORED_PAGE_SIZE = 20;
const LINKED_SHOWN = 50;

const mayRead = (actor: Actor) => actor.kind === "staff" && can(actor, "incident:read");

const rowSelect = {
  id: true,
  code: true,
  title: true,
  titleEn: true,
  kind: true,
  level: true,
  status: true,
  services: true,
  areas: true,
  startedAt: true,
  estimatedRestoreAt: true,
  restoredAt: true,
} as const satisfies Prisma.IncidentSelect;

/** The keyset cursor of the restored list: the last row's restore time and id. */
const encode = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
function decode(cursor: string): [Date, string] | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const at = iso ? new Date(iso) : null;
  return at && !Number.isNaN(at.getTime()) && id ? [at, id] : null;
}

/**
 * Access: incident:read; anyone else gets empty lists. Every active incident (newest first), then
 * restored ones by restore time, newest first, in keyset pages.
 */
export async function listIncidents(actor: Actor, after: string | null) {
  if (!mayRead(actor)) return { active: [], restored: [], next: null, staleCursor: false };
  const cursor = after ? decode(after) : null;
  const [active, rows] = await Promise.all([
    db.incident.findMany({ where: { status: "ACTIVE" }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: 100, select: rowSelect }),
    db.incident.findMany({
      where: {
        status: "RESTORED",
        ...(cursor ? { OR: [{ restoredAt: { lt: cursor[0] } }, { restoredAt: cursor[0], id: { lt: cursor[1] } }] } : {}),
      },
      orderBy: [{ restoredAt: "desc" }, { id: "desc" }],
      take: RESTORED_PAGE_SIZE + 1,
      select: rowSelect,
    }),
  ]);
  const restored = rows.slice(0, RESTORED_PAGE_SIZE);
  const last = restored.at(-1);
  return { active, restored, next: rows.length > RESTORED_PAGE_SIZE && last?.restoredAt ? encode(last.restoredAt, last.id) : null, staleCursor: !!after && !cursor };
}
export type IncidentRow = Awaited<ReturnType<typeof listIncidents>>["active"][number];

/**
 * Access: incident:read; anyone else, and an unknown code, get not-found. One incident with what
 * its page shows: the facts, how many lines it affects, its linked fault reports, the playbook of
 * its level with who ticked what and when, and the public updates with how many were told.
 */
export async function getIncident(actor: Actor, code: string) {
  if (!mayRead(actor)) throw new NotFoundError();
  const incident = await db.incident.findUnique({
    where: { code },
    select: {
      ...rowSelect,
      summary: true,
      summaryEn: true,
      checklist: true,
      version: true,
      declaredBy: { select: { displayName: true } },
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, kind: true, body: true, bodyEn: true, estimatedRestoreAt: true, notifiedCount: true, fannedOutAt: true, createdAt: true, author: { select: { displayName: true } } },
      },
    },
  });
  if (!incident) throw new NotFoundError();
  const { checklist, ...rest } = incident;
  const done = parseChecklist(checklist);
  const [affectedLines, linkedCount, linked, people] = await Promise.all([
    db.line.count({ where: affectedLinesWhere(incident) }),
    db.serviceRequest.count({ where: { incidentId: incident.id } }),
    db.serviceRequest.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LINKED_SHOWN,
      select: { srn: true, status: true, title: true, createdAt: true },
    }),
    db.user.findMany({ where: { id: { in: [...new Set(done.map((d) => d.doneById))] } }, select: { id: true, displayName: true } }),
  ]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const playbook = playbookOf(incident.level).map((step) => {
    const entry = done.find((d) => d.step === step);
    return { step, doneAt: entry ? new Date(entry.doneAt) : null, doneBy: entry ? (names.get(entry.doneById) ?? null) : null };
  });
  return { ...rest, playbook, affectedLines, linked, linkedCount };
}
export type IncidentDetail = Awaited<ReturnType<typeof getIncident>>;
