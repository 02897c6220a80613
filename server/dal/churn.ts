import "server-only";
import { parseReasons, type ChurnBand } from "@/lib/domain/churn";
import { maskPhone } from "@/lib/domain/mask";
import type { RescoreCustomerInput, RetentionFilters } from "@/lib/schemas/churn";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { scoreBatch } from "../jobs/churn-batch";
import { runChurnScoring } from "../jobs/churn-score";

// Churn risk (/admin/retention, R4.5): churn:read reads the scores with their reasons and the open
// win-back task; churn:score rescores one customer or all on demand (audited). The scores are
// computed by server/jobs/churn-score.ts only.

export const RETENTION_PAGE_SIZE = 20;

/** Staff read a customer masked as on the other staff lists: the name's first character and the phone's tail. */
export const maskName = (name: string) => `${[...name][0] ?? ""}**`;

function encode(score: number, id: string) {
  return Buffer.from(JSON.stringify([score, id])).toString("base64url");
}
function decode(cursor: string): [number, string] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && Number.isInteger(v[0]) && typeof v[1] === "string" && /^[a-z0-9]{1,40}$/.test(v[1])) return [v[0] as number, v[1]];
  } catch {
    // Not one of ours: the first page.
  }
  return null;
}

const openTaskSelect = {
  where: { status: "OPEN" },
  orderBy: { createdAt: "desc" },
  take: 1,
  select: { id: true, offer: true, dueAt: true, attempts: true, assignee: { select: { displayName: true } } },
} as const satisfies Prisma.Customer$winBackTasksArgs;

const rowSelect = {
  customerId: true,
  score: true,
  band: true,
  reasons: true,
  computedAt: true,
  customer: { select: { name: true, phone: true, type: true, area: true, lifecycleStage: true, winBackTasks: openTaskSelect } },
} as const satisfies Prisma.ChurnScoreSelect;
type Row = Prisma.ChurnScoreGetPayload<{ select: typeof rowSelect }>;

function toRow(r: Row) {
  const { customer, reasons, band, ...rest } = r;
  return {
    ...rest,
    band: band as ChurnBand,
    reasons: parseReasons(reasons),
    customer: { name: maskName(customer.name), phone: maskPhone(customer.phone), type: customer.type, area: customer.area, lifecycleStage: customer.lifecycleStage },
    openTask: customer.winBackTasks[0] ?? null,
  };
}
export type ChurnRow = ReturnType<typeof toRow>;

/**
 * Access: churn:read; anyone else gets an empty page. Scored customers, highest score first (then
 * by id), filtered by band, area prefix and customer type; keyset pages on (score, id), which the
 * score index serves however deep the page.
 */
export async function listChurnRisks(actor: Actor, filters: RetentionFilters) {
  if (actor.kind !== "staff" || !can(actor, "churn:read")) return { items: [] as ChurnRow[], next: null, staleCursor: false };
  const cursor = filters.after ? decode(filters.after) : null;
  const customer: Prisma.CustomerWhereInput = {
    lifecycleStage: { not: "CHURNED" },
    ...(filters.area ? { area: { startsWith: filters.area } } : {}),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const rows = await db.churnScore.findMany({
    where: {
      ...(filters.band ? { band: filters.band } : {}),
      customer,
      ...(cursor ? { OR: [{ score: { lt: cursor[0] } }, { score: cursor[0], customerId: { gt: cursor[1] } }] } : {}),
    },
    select: rowSelect,
    orderBy: [{ score: "desc" }, { customerId: "asc" }],
    take: RETENTION_PAGE_SIZE + 1,
  });
  const items = rows.slice(0, RETENTION_PAGE_SIZE).map(toRow);
  const last = rows.length > RETENTION_PAGE_SIZE ? rows[RETENTION_PAGE_SIZE - 1] : undefined;
  return { items, next: last ? encode(last.score, last.customerId) : null, staleCursor: !!filters.after && !cursor };
}

/** Access: churn:read; null for anyone else and when the customer has no score yet. One customer's score for the customer 360 page. */
export async function getChurnOfCustomer(actor: Actor, customerId: string) {
  if (actor.kind !== "staff" || !can(actor, "churn:read")) return null;
  const r = await db.churnScore.findUnique({ where: { customerId }, select: rowSelect });
  return r ? toRow(r) : null;
}

/** Access: churn:score. Rescores one customer now (the same model as the nightly job), audited with the new score. */
export async function rescoreCustomer(actor: Actor, input: RescoreCustomerInput, now = new Date()) {
  if (actor.kind !== "staff" || !can(actor, "churn:score")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({ where: { id: input.customerId }, select: { id: true, lifecycleStage: true } });
    if (!customer || customer.lifecycleStage === "CHURNED") throw new NotFoundError();
    const before = await tx.churnScore.findUnique({ where: { customerId: customer.id }, select: { score: true, band: true } });
    const counts = await scoreBatch(tx, [customer], now);
    const after = await tx.churnScore.findUniqueOrThrow({ where: { customerId: customer.id }, select: { score: true, band: true } });
    await audit(tx, actor, {
      action: "churn.rescore",
      targetType: "Customer",
      targetId: customer.id,
      summary: { from: before ? `${before.score} ${before.band}` : null, to: `${after.score} ${after.band}`, stage: counts.atRisk ? "AT_RISK" : counts.restored ? "ACTIVE" : null },
    });
    return { score: after.score, band: after.band as ChurnBand };
  });
}

/** Access: churn:score. Rescores every customer now; the run's audit row names the actor. */
export async function rescoreAll(actor: Actor, now = new Date()) {
  if (actor.kind !== "staff" || !can(actor, "churn:score")) throw new ForbiddenError();
  return runChurnScoring(now, actor as StaffActor);
}
