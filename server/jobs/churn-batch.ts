// The churn score's batch step, apart from server/jobs/churn-score.ts so that the demo seeder
// (prisma/demo/churn.ts) runs the very same scoring on its own Prisma client: hence no
// `server-only` import here and no import of server/db.ts. For a batch of customers it gathers
// each factor with one grouped query (never a query per customer), scores them with the pure
// model (lib/domain/churn.ts), upserts ChurnScore in one statement and moves the lifecycle stage
// ACTIVE ↔ AT_RISK.
import { CONTRACT_WINDOW_DAYS, LOOKBACK_DAYS, LOW_RATING_MAX, STALE_REQUEST_DAYS, lifecycleAfterScore, scoreChurn, usageDropPercent, usageMonths, type ChurnBand, type ChurnFacts } from "../../lib/domain/churn";
import { OPEN_STATUSES } from "../../lib/domain/request-status";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Stage = "NEW" | "ACTIVE" | "AT_RISK" | "CHURNED";

const DAY = 86_400_000;
export const CHURN_BATCH = 1000;

export type ChurnCounts = { scored: number; low: number; medium: number; high: number; atRisk: number; restored: number };
export const zeroCounts = (): ChurnCounts => ({ scored: 0, low: 0, medium: 0, high: 0, atRisk: 0, restored: 0 });

/** Open and not yet resolved (RESOLVED waits only for the customer's confirmation). */
const UNRESOLVED = OPEN_STATUSES.filter((s) => s !== "RESOLVED");

type CountRow = { customerId: string; n: bigint | number };
const toMap = (rows: CountRow[]) => new Map(rows.map((r) => [r.customerId, Number(r.n)]));

/** The facts of a batch of customers, one grouped query per factor. */
async function gatherFacts(tx: Tx, ids: string[], now: Date): Promise<Map<string, ChurnFacts>> {
  const since = new Date(now.getTime() - LOOKBACK_DAYS * DAY);
  const staleBefore = new Date(now.getTime() - STALE_REQUEST_DAYS * DAY);
  const contractUntil = new Date(now.getTime() + CONTRACT_WINDOW_DAYS * DAY);
  const months = usageMonths(now);
  const group = async (where: Parameters<typeof tx.serviceRequest.groupBy>[0]["where"]) =>
    new Map((await tx.serviceRequest.groupBy({ by: ["customerId"], where: { customerId: { in: ids }, ...where }, _count: { _all: true } })).map((r) => [r.customerId, r._count._all]));
  const [complaints, stale, terminations, ratings, contracts, breaches, downgrades, usage, portingChecks] = await Promise.all([
    group({ type: "COMPLAINT", createdAt: { gte: since } }),
    group({ status: { in: [...UNRESOLVED] }, createdAt: { lt: staleBefore } }),
    group({ type: "TERMINATION", createdAt: { gte: since } }),
    tx.rating.groupBy({ by: ["customerId"], where: { customerId: { in: ids }, score: { lte: LOW_RATING_MAX }, createdAt: { gte: since } }, _count: { _all: true } }),
    tx.line.groupBy({ by: ["customerId"], where: { customerId: { in: ids }, status: { not: "TERMINATED" }, lockInEndsAt: { gte: now, lte: contractUntil } }, _count: { _all: true } }),
    // A deadline missed: met after it, or still unmet while the request is open and the deadline
    // has passed (a paused clock stops at the pause: the deadline moves on resume).
    tx.$queryRaw<CountRow[]>`
      SELECT "customerId", COUNT(*) AS n FROM "ServiceRequest"
      WHERE "customerId" = ANY(${ids}::text[]) AND "createdAt" >= ${since}::timestamptz AND (
        ("acceptedAt" > "acceptBy") OR ("respondedAt" > "respondBy") OR ("resolvedAt" > "resolveBy")
        OR ("status"::text = ANY(${[...OPEN_STATUSES]}::text[]) AND (
          ("acceptedAt" IS NULL AND "acceptBy" < COALESCE("clockPausedAt", ${now}::timestamptz))
          OR ("respondBy" IS NOT NULL AND "respondedAt" IS NULL AND "respondBy" < COALESCE("clockPausedAt", ${now}::timestamptz))
          OR ("resolveBy" IS NOT NULL AND "resolvedAt" IS NULL AND "resolveBy" < COALESCE("clockPausedAt", ${now}::timestamptz))
        ))
      )
      GROUP BY "customerId"`,
    tx.$queryRaw<CountRow[]>`
      SELECT l."customerId", COUNT(*) AS n FROM "PlanChange" pc JOIN "Line" l ON l."id" = pc."lineId"
      WHERE l."customerId" = ANY(${ids}::text[]) AND pc."feeDiffFen" < 0 AND pc."status"::text <> 'CANCELLED' AND pc."createdAt" >= ${since}::timestamptz
      GROUP BY l."customerId"`,
    tx.$queryRaw<Array<{ customerId: string; month: string; dataMb: bigint | number; voiceMinutes: bigint | number }>>`
      SELECT l."customerId", u."month", SUM(u."dataMb") AS "dataMb", SUM(u."voiceMinutes") AS "voiceMinutes"
      FROM "UsageRecord" u JOIN "Line" l ON l."id" = u."lineId"
      WHERE l."customerId" = ANY(${ids}::text[]) AND u."month" = ANY(${[months.last, ...months.before]}::text[])
      GROUP BY l."customerId", u."month"`,
    // Porting-eligibility lookups (server/dal/termination.ts records one a line a day).
    tx.$queryRaw<CountRow[]>`
      SELECT u."customerId", COUNT(*) AS n FROM "AuditLog" a JOIN "User" u ON u."id" = a."actorId"
      WHERE u."customerId" = ANY(${ids}::text[]) AND a."action" = 'porting.check' AND a."createdAt" >= ${since}::timestamptz
      GROUP BY u."customerId"`,
  ]);
  const ported = toMap(portingChecks);
  const lowRatings = new Map(ratings.map((r) => [r.customerId, r._count._all]));
  const contractsEnding = new Map(contracts.map((r) => [r.customerId, r._count._all]));
  const breached = toMap(breaches);
  const downgraded = toMap(downgrades);
  const usageBy = new Map<string, Map<string, { dataMb: number; voiceMinutes: number }>>();
  for (const u of usage) {
    const m = usageBy.get(u.customerId) ?? new Map<string, { dataMb: number; voiceMinutes: number }>();
    m.set(u.month, { dataMb: Number(u.dataMb), voiceMinutes: Number(u.voiceMinutes) });
    usageBy.set(u.customerId, m);
  }
  const facts = new Map<string, ChurnFacts>();
  for (const id of ids) {
    const m = usageBy.get(id);
    const before = months.before.flatMap((k) => (m?.get(k) ? [m.get(k)!] : []));
    facts.set(id, {
      COMPLAINTS: complaints.get(id) ?? 0,
      LOW_RATINGS: lowRatings.get(id) ?? 0,
      STALE_REQUESTS: stale.get(id) ?? 0,
      SLA_BREACHES: breached.get(id) ?? 0,
      DOWNGRADES: downgraded.get(id) ?? 0,
      CONTRACT_ENDING: contractsEnding.get(id) ?? 0,
      TERMINATION_INTENT: terminations.get(id) ?? 0,
      PORTING_CHECKS: ported.get(id) ?? 0,
      usageDropPercent: m ? usageDropPercent(m.get(months.last) ?? { dataMb: 0, voiceMinutes: 0 }, before) : 0,
    });
  }
  return facts;
}

/** Scores one batch of customers (ids) inside `tx`: upserts their scores and moves their stages. */
export async function scoreBatch(tx: Tx, customers: Array<{ id: string; lifecycleStage: Stage }>, now: Date): Promise<ChurnCounts> {
  const counts = zeroCounts();
  if (!customers.length) return counts;
  const ids = customers.map((c) => c.id);
  const facts = await gatherFacts(tx, ids, now);
  const scored = customers.map((c) => ({ ...c, ...scoreChurn(facts.get(c.id) ?? {}) }));
  await tx.$executeRaw`
    INSERT INTO "ChurnScore" ("customerId", "score", "band", "reasons", "computedAt")
    SELECT s.id, s.score, s.band, s.reasons::jsonb, ${now}::timestamptz
    FROM unnest(${ids}::text[], ${scored.map((s) => s.score)}::int[], ${scored.map((s) => s.band)}::text[], ${scored.map((s) => JSON.stringify(s.reasons))}::text[]) AS s(id, score, band, reasons)
    ON CONFLICT ("customerId") DO UPDATE SET "score" = EXCLUDED."score", "band" = EXCLUDED."band", "reasons" = EXCLUDED."reasons", "computedAt" = EXCLUDED."computedAt"`;
  const toRisk: string[] = [];
  const toActive: string[] = [];
  for (const s of scored) {
    counts[s.band.toLowerCase() as Lowercase<ChurnBand>] += 1;
    const next = lifecycleAfterScore(s.lifecycleStage, s.band);
    if (next === "AT_RISK") toRisk.push(s.id);
    if (next === "ACTIVE") toActive.push(s.id);
  }
  // The stage is matched again in the update: a customer churned meanwhile is left alone.
  if (toRisk.length) counts.atRisk = (await tx.customer.updateMany({ where: { id: { in: toRisk }, lifecycleStage: "ACTIVE" }, data: { lifecycleStage: "AT_RISK" } })).count;
  if (toActive.length) counts.restored = (await tx.customer.updateMany({ where: { id: { in: toActive }, lifecycleStage: "AT_RISK" }, data: { lifecycleStage: "ACTIVE" } })).count;
  counts.scored = scored.length;
  return counts;
}

export const addCounts = (a: ChurnCounts, b: ChurnCounts): ChurnCounts => ({
  scored: a.scored + b.scored,
  low: a.low + b.low,
  medium: a.medium + b.medium,
  high: a.high + b.high,
  atRisk: a.atRisk + b.atRisk,
  restored: a.restored + b.restored,
});


/**
 * Scores every customer but the churned ones on `client`, batch by batch in id order (each batch
 * one transaction), and removes the scores of churned customers. Returns the counts.
 */
export async function scoreAllCustomers(client: PrismaClient, now: Date, batchSize = CHURN_BATCH): Promise<ChurnCounts & { removed: number }> {
  let total = zeroCounts();
  let after: string | null = null;
  for (;;) {
    const customers: Array<{ id: string; lifecycleStage: Stage }> = await client.customer.findMany({
      where: { lifecycleStage: { not: "CHURNED" }, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true, lifecycleStage: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!customers.length) break;
    total = addCounts(total, await client.$transaction((tx) => scoreBatch(tx, customers, now)));
    after = customers.at(-1)!.id;
    if (customers.length < batchSize) break;
  }
  const removed = (await client.churnScore.deleteMany({ where: { customer: { lifecycleStage: "CHURNED" } } })).count;
  return { ...total, removed };
}
