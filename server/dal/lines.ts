import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { lineScope } from "./scopes";

const lineSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  area: true,
  activatedAt: true,
  plan: { select: { code: true, name: true, nameEn: true, monthlyFeeFen: true } },
} as const;

export type LineSummary = Awaited<ReturnType<typeof listLines>>[number];

/** Access: the customer's own lines (staff: any, via lineScope). Terminated lines are left out. */
export async function listLines(actor: Actor) {
  return db.line.findMany({
    where: { ...lineScope(actor), status: { not: "TERMINATED" } },
    select: lineSelect,
    orderBy: [{ kind: "asc" }, { number: "asc" }],
  });
}
