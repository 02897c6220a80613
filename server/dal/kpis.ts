import "server-only";
import { KPI_WINDOW_DAYS, summarizeKpis, type StaffKpis } from "@/lib/domain/kpis";
import type { FollowUpOutcome } from "@/lib/domain/follow-ups";
import { HOUR_MS } from "@/lib/domain/time";
import type { StaffActor } from "../actor";
import { db } from "../db";
import { can } from "../policy";

export type KpiRow = { userId: string; displayName: string; role: string; kpis: StaffKpis };

/** KPIs of these staff members over the last KPI_WINDOW_DAYS, from the work their events record. */
async function kpisOf(userIds: string[], now: Date): Promise<Map<string, StaffKpis>> {
  const since = new Date(now.getTime() - KPI_WINDOW_DAYS * 24 * HOUR_MS);
  const [accepts, resolves] = await Promise.all([
    db.requestEvent.findMany({
      where: { kind: "accept", actorId: { in: userIds }, createdAt: { gte: since, lte: now } },
      select: { actorId: true, createdAt: true, request: { select: { acceptBy: true } } },
    }),
    db.requestEvent.findMany({
      where: { kind: "resolve", actorId: { in: userIds }, createdAt: { gte: since, lte: now } },
      select: {
        actorId: true,
        createdAt: true,
        request: {
          select: {
            resolveBy: true,
            rating: { select: { score: true } },
            followUps: { where: { status: "DONE" }, select: { outcome: true } },
          },
        },
      },
    }),
  ]);
  const out = new Map<string, StaffKpis>();
  for (const id of userIds) {
    out.set(
      id,
      summarizeKpis(
        accepts.filter((e) => e.actorId === id).map((e) => ({ acceptedAt: e.createdAt, acceptBy: e.request.acceptBy })),
        resolves
          .filter((e) => e.actorId === id)
          .map((e) => ({
            resolvedAt: e.createdAt,
            resolveBy: e.request.resolveBy,
            rating: e.request.rating?.score ?? null,
            followUps: e.request.followUps.map((f) => (f.outcome as FollowUpOutcome | null) ?? null),
          })),
      ),
    );
  }
  return out;
}

/**
 * Access: staff who work the queue (queue:read) see their own KPIs; a supervisor also sees each
 * member of their team. Returns null for everyone else.
 */
export async function staffKpis(actor: StaffActor, now = new Date()): Promise<{ mine: StaffKpis; team: KpiRow[] | null; windowDays: number } | null> {
  if (!can(actor, "queue:read")) return null;
  const members =
    actor.role === "SUPERVISOR" && actor.teamId
      ? await db.user.findMany({
          where: { teamId: actor.teamId, disabled: false, role: { not: "CUSTOMER" } },
          select: { id: true, displayName: true, role: true },
          orderBy: { displayName: "asc" },
        })
      : [];
  const kpis = await kpisOf([actor.userId, ...members.map((m) => m.id).filter((id) => id !== actor.userId)], now);
  return {
    mine: kpis.get(actor.userId)!,
    team: members.length ? members.map((m) => ({ userId: m.id, displayName: m.displayName, role: m.role, kpis: kpis.get(m.id)! })) : null,
    windowDays: KPI_WINDOW_DAYS,
  };
}
