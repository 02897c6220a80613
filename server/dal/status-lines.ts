import "server-only";
import { maskPhone } from "@/lib/domain/mask";
import { ExpectedError, NotFoundError } from "../action";
import type { Actor } from "../actor";
import { audit } from "../audit";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { can } from "../policy";
import { statusTokenHash, unsubscribeToken } from "../status-token";
import { IN_SERVICE, affectsLine } from "./incident-scope";
import { randomUUID } from "node:crypto";

// The fault form's outage check: the active incidents that affect one of the customer's own
// lines (same service, an incident area covering the line's area — the rule of
// server/dal/incident-scope.ts and lib/domain/areas.ts), and the "wait for the restore" choice.

const briefSelect = {
  code: true,
  title: true,
  titleEn: true,
  summary: true,
  summaryEn: true,
  level: true,
  kind: true,
  services: true,
  areas: true,
  startedAt: true,
  estimatedRestoreAt: true,
  updates: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { body: true, bodyEn: true, createdAt: true } },
} satisfies Prisma.IncidentSelect;

type Brief = Awaited<ReturnType<typeof activeIncidents>>[number];

async function activeIncidents() {
  const rows = await db.incident.findMany({ where: { status: "ACTIVE" }, orderBy: [{ level: "asc" }, { startedAt: "desc" }], select: briefSelect });
  return rows.map(({ updates, ...i }) => ({ ...i, latest: updates[0] ?? null }));
}
export type LineIncident = Omit<Brief, "services" | "areas">;

const brief = ({ services: _s, areas: _a, ...i }: Brief): LineIncident => i;

/** Access: the customer who holds the line; anyone else (and staff) gets nothing. */
export async function activeIncidentsForLine(actor: Actor, lineId: string): Promise<LineIncident[]> {
  if (actor.kind !== "customer") return [];
  const line = await db.line.findFirst({ where: { id: lineId, customerId: actor.customerId }, select: { kind: true, area: true, status: true } });
  if (!line) return [];
  return (await activeIncidents()).filter((i) => affectsLine(i, line)).map(brief);
}

async function incidentsByLine(customerId: string): Promise<Record<string, LineIncident[]>> {
  const [lines, incidents] = await Promise.all([
    db.line.findMany({ where: { customerId, status: { in: [...IN_SERVICE] } }, select: { id: true, kind: true, area: true, status: true } }),
    activeIncidents(),
  ]);
  const out: Record<string, LineIncident[]> = {};
  for (const line of lines) {
    const hits = incidents.filter((i) => affectsLine(i, line));
    if (hits.length) out[line.id] = hits.map(brief);
  }
  return out;
}

/** Access: the customer themself. Their lines that an active incident affects, with those incidents. */
export async function activeIncidentsForMyLines(actor: Actor): Promise<Record<string, LineIncident[]>> {
  return actor.kind === "customer" ? incidentsByLine(actor.customerId) : {};
}

/** Access: staff who take requests on a customer's behalf (request:create:onBehalf); anyone else gets nothing. */
export async function activeIncidentsForCustomerLines(actor: Actor, customerId: string): Promise<Record<string, LineIncident[]>> {
  return actor.kind === "staff" && can(actor, "request:create:onBehalf") ? incidentsByLine(customerId) : {};
}

/**
 * Access: the customer who holds the line, while an active incident affects it. Records a
 * confirmed SMS subscription for the line's area at the account's own phone (verified at sign-up,
 * so no code), or revives a cancelled one. Returns the masked phone it goes to.
 */
export async function waitForRestore(actor: Actor, lineId: string, now = new Date()) {
  if (actor.kind !== "customer") throw new NotFoundError();
  const [line, user] = await Promise.all([
    db.line.findFirst({ where: { id: lineId, customerId: actor.customerId }, select: { id: true, kind: true, area: true, status: true } }),
    db.user.findUnique({ where: { id: actor.userId }, select: { phone: true, locale: true, customer: { select: { phone: true } } } }),
  ]);
  if (!line) throw new NotFoundError();
  const incidents = (await activeIncidents()).filter((i) => affectsLine(i, line));
  if (!incidents.length) throw new ExpectedError("status.outage.noIncident");
  const phone = user?.phone ?? user?.customer?.phone ?? null;
  if (!phone) throw new ExpectedError("errors.noPhone");
  const id = randomUUID();
  return db.$transaction(async (tx) => {
    const row = await tx.statusSubscription.upsert({
      where: { area_channel_address: { area: line.area, channel: "SMS", address: phone } },
      create: { id, area: line.area, channel: "SMS", address: phone, locale: user?.locale ?? "zh-CN", confirmedAt: now, tokenHash: statusTokenHash(unsubscribeToken(id)), createdAt: now },
      update: { confirmedAt: now, cancelledAt: null, codeHash: null, codeExpiresAt: null, codeAttempts: 0 },
      select: { id: true },
    });
    await audit(tx, actor, {
      action: "status.subscribed_for_line",
      targetType: "StatusSubscription",
      targetId: row.id,
      summary: { area: line.area, channel: "SMS", address: maskPhone(phone), lineId: line.id, incidents: incidents.map((i) => i.code) },
    });
    return { phone: maskPhone(phone), area: line.area };
  });
}
