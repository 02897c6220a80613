import "server-only";
import { db } from "../db";

// What the home page shows beside the commitment summary: the outages going on now. Public (no
// actor): the same incidents /status lists, reduced to what the home page's box needs.

/** Public: every ACTIVE incident, the most recent first (by the status index). */
export function listActiveIncidents() {
  return db.incident.findMany({
    where: { status: "ACTIVE" },
    orderBy: { startedAt: "desc" },
    select: { code: true, title: true, titleEn: true, areas: true, startedAt: true, estimatedRestoreAt: true },
  });
}
