import "server-only";
import { AREAS } from "@/lib/domain/areas";
import { maskPhone } from "@/lib/domain/mask";
import { csi, nps, type MetricValue } from "@/lib/domain/metrics";
import { parseQuestions, periodInstants, waveCodeBase, type Segment, type WaveKind } from "@/lib/domain/survey-waves";
import { questionsOf, type SegmentData, type WaveData, type WaveStepInput } from "@/lib/schemas/survey-waves";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { deliverAfterResponse } from "../notify/schedule";
import { ANONYMISED_PHONE_PREFIX } from "../jobs/retention";

// Survey waves (调查批次, issue 7), staff side: survey:manage defines a wave while it is a DRAFT
// (optimistic locking on its version), sends it once (DRAFT → SENT: one invitation per customer in
// the segment and their notification, all in the transaction that flips the status) and closes it
// (SENT → CLOSED). Every change writes its audit row in the same transaction. The results are
// computed with the metric catalogue's formulas (lib/domain/metrics.ts nps/csi), on the same
// SurveyResponse.score that computeMetric reads.

function requireManager(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "survey:manage")) throw new ForbiddenError();
  return actor;
}

const conflict = () => new ExpectedError("surveyWaves.errors.conflict");

/**
 * The customers a segment reaches, as a condition on "Customer" c joined with its sign-in
 * account "User" u: customers with an enabled account, not anonymised by the retention sweep
 * (their phone carries the anon- marker and their account is disabled) and not terminated (every
 * line they had has ended); then each non-empty list of the segment must match — types, lifecycle
 * stages, area prefixes (北京市 covers 北京市朝阳区). The lists travel as one text each (values
 * never hold a comma), so the same SQL runs on PGlite and PostgreSQL.
 */
function segmentSql(segment: Segment): Prisma.Sql {
  const list = (values: readonly string[]) => Prisma.sql`string_to_array(${values.join(",")}::text, ',')`;
  return Prisma.sql`
    u."role" = 'CUSTOMER' AND u."disabled" = false
    AND c."phone" NOT LIKE ${`${ANONYMISED_PHONE_PREFIX}%`}
    AND (NOT EXISTS (SELECT 1 FROM "Line" l WHERE l."customerId" = c."id")
         OR EXISTS (SELECT 1 FROM "Line" l WHERE l."customerId" = c."id" AND l."status" <> 'TERMINATED'))
    AND (${segment.types.length} = 0 OR c."type"::text = ANY(${list(segment.types)}))
    AND (${segment.stages.length} = 0 OR c."lifecycleStage"::text = ANY(${list(segment.stages)}))
    AND (${segment.areas.length} = 0 OR EXISTS (SELECT 1 FROM unnest(${list(segment.areas)}) AS a(prefix) WHERE a.prefix <> '' AND starts_with(c."area", a.prefix)))`;
}

const segmentOf = (s: SegmentData): Segment => ({ types: s.segmentTypes, stages: s.segmentStages, areas: s.segmentAreas });

/** Access: survey:manage. How many customers a segment reaches now (the form shows it before sending). */
export async function countSegment(actor: Actor, segment: SegmentData): Promise<number> {
  requireManager(actor);
  const rows = await db.$queryRaw<Array<{ n: bigint | number }>>`
    SELECT count(*) AS n FROM "Customer" c JOIN "User" u ON u."customerId" = c."id" WHERE ${segmentSql(segmentOf(segment))}`;
  return Number(rows[0]?.n ?? 0);
}

function waveData(input: WaveData) {
  const period = periodInstants(input.startsOn, input.endsOn);
  if (!period) throw new ExpectedError("validation.date", { startsOn: ["validation.date"] });
  return {
    kind: input.kind,
    cadence: input.cadence,
    title: input.title,
    titleEn: input.titleEn,
    startsAt: period.startsAt,
    endsAt: period.endsAt,
    segmentTypes: [...new Set(input.segmentTypes)],
    segmentStages: [...new Set(input.segmentStages)],
    segmentAreas: [...new Set(input.segmentAreas)],
    questions: questionsOf(input),
  };
}

/** The first free code of the wave's kind and period: CSI-2026Q4, then CSI-2026Q4-2, … */
async function freeCode(tx: Tx, base: string): Promise<string> {
  const taken = new Set((await tx.surveyWave.findMany({ where: { code: { startsWith: base } }, select: { code: true } })).map((w) => w.code));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Access: survey:manage. A new DRAFT wave; its code follows from its kind and period. Audited. */
export async function createWave(actor: Actor, input: WaveData): Promise<{ code: string; version: number }> {
  const manager = requireManager(actor);
  const data = waveData(input);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const code = await freeCode(tx, waveCodeBase(data.kind, data.cadence, data.startsAt));
        const wave = await tx.surveyWave.create({ data: { ...data, code, status: "DRAFT", createdById: manager.userId }, select: { id: true, code: true, version: true } });
        await audit(tx, manager, { action: "surveyWave.create", targetType: "SurveyWave", targetId: wave.id, summary: { code, kind: data.kind, cadence: data.cadence } });
        return { code: wave.code, version: wave.version };
      });
    } catch (error) {
      // Two managers took the same free code at once: the loser tries the next one.
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}

/** The wave as a change starts from: not found, not a draft any more, or a version conflict. */
async function currentDraft(tx: Tx, code: string, version: number) {
  const row = await tx.surveyWave.findUnique({ where: { code }, select: { id: true, status: true, version: true } });
  if (!row) throw new NotFoundError();
  if (row.status !== "DRAFT") throw new ExpectedError("surveyWaves.errors.notDraft");
  if (row.version !== version) throw conflict();
  return row;
}

/** Access: survey:manage. Edits a wave while it is a DRAFT, over the version the form was read at. Audited. */
export async function updateWave(actor: Actor, input: WaveData): Promise<{ code: string; version: number }> {
  const manager = requireManager(actor);
  if (!input.code) throw new NotFoundError();
  const data = waveData(input);
  return db.$transaction(async (tx) => {
    const row = await currentDraft(tx, input.code, input.version);
    const { count } = await tx.surveyWave.updateMany({ where: { id: row.id, status: "DRAFT", version: row.version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    await audit(tx, manager, { action: "surveyWave.update", targetType: "SurveyWave", targetId: row.id, summary: { code: input.code, version: row.version + 1 } });
    return { code: input.code, version: row.version + 1 };
  });
}

/**
 * Access: survey:manage. DRAFT → SENT, once. The transaction that flips the status (a guarded
 * update: a second or concurrent send finds the wave no longer a draft and does nothing) inserts
 * one invitation per customer in the segment and their notifications — in the app, and by SMS and
 * e-mail as each customer chose, in their language — with INSERT … SELECT, so a segment of any
 * size is never loaded into memory. Audited with the count.
 */
export async function sendWave(actor: Actor, input: WaveStepInput, now = new Date()): Promise<{ code: string; version: number; invited: number; alreadySent: boolean }> {
  const manager = requireManager(actor);
  const result = await db.$transaction(async (tx) => {
    const row = await tx.surveyWave.findUnique({
      where: { code: input.code },
      select: { id: true, code: true, kind: true, title: true, titleEn: true, status: true, version: true, endsAt: true, invitedCount: true, segmentTypes: true, segmentStages: true, segmentAreas: true },
    });
    if (!row) throw new NotFoundError();
    if (row.status !== "DRAFT") return { code: row.code, version: row.version, invited: row.invitedCount, alreadySent: true, delivery: false };
    if (row.version !== input.version) throw conflict();
    if (row.endsAt.getTime() <= now.getTime()) throw new ExpectedError("surveyWaves.errors.periodOver");
    const flipped = await tx.surveyWave.updateMany({ where: { id: row.id, status: "DRAFT", version: row.version }, data: { status: "SENT", sentAt: now, version: { increment: 1 } } });
    if (flipped.count !== 1) {
      // Another send committed first: it did the work.
      const latest = await tx.surveyWave.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, version: true, invitedCount: true } });
      if (latest.status === "DRAFT") throw conflict();
      return { code: row.code, version: latest.version, invited: latest.invitedCount, alreadySent: true, delivery: false };
    }
    const segment = { types: row.segmentTypes, stages: row.segmentStages, areas: row.segmentAreas };
    const invited = await tx.$executeRaw`
      INSERT INTO "SurveyInvitation" ("id", "waveId", "customerId", "createdAt")
      SELECT gen_random_uuid()::text, ${row.id}, c."id", ${now}::timestamptz
      FROM "Customer" c JOIN "User" u ON u."customerId" = c."id"
      WHERE ${segmentSql(segment)}
      ON CONFLICT ("waveId", "customerId") DO NOTHING`;
    const template = `survey.${row.kind.toLowerCase()}`;
    const payload = JSON.stringify({ code: row.code, title: row.title, titleEn: row.titleEn });
    const delivered = await tx.$executeRaw`
      INSERT INTO "Notification" ("id", "recipientId", "channel", "address", "locale", "template", "payload", "status", "sentAt", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, u."id", ch.channel::"NotificationChannel",
             CASE ch.channel WHEN 'SMS' THEN u."phone" WHEN 'EMAIL' THEN u."email" END,
             u."locale", ${template}, ${payload}::jsonb,
             (CASE ch.channel WHEN 'IN_APP' THEN 'SENT' ELSE 'PENDING' END)::"NotificationStatus",
             CASE ch.channel WHEN 'IN_APP' THEN ${now}::timestamptz END,
             CASE ch.channel WHEN 'IN_APP' THEN NULL ELSE ${now}::timestamptz END,
             ${now}::timestamptz
      FROM "SurveyInvitation" i
      JOIN "User" u ON u."customerId" = i."customerId"
      CROSS JOIN (VALUES ('IN_APP'), ('SMS'), ('EMAIL')) AS ch(channel)
      WHERE i."waveId" = ${row.id}
        AND (ch.channel = 'IN_APP'
             OR (ch.channel = 'SMS' AND u."notifySms" AND u."phone" IS NOT NULL)
             OR (ch.channel = 'EMAIL' AND u."notifyEmail" AND u."email" IS NOT NULL))`;
    await tx.surveyWave.update({ where: { id: row.id }, data: { invitedCount: invited } });
    await audit(tx, manager, { action: "surveyWave.send", targetType: "SurveyWave", targetId: row.id, summary: { code: row.code, invited, notifications: delivered, version: row.version + 1 } });
    return { code: row.code, version: row.version + 1, invited, alreadySent: false, delivery: delivered > invited };
  });
  if (result.delivery) deliverAfterResponse();
  const { delivery: _delivery, ...out } = result;
  return out;
}

/** Access: survey:manage. SENT → CLOSED over the version the page showed: no more answers. Audited. */
export async function closeWave(actor: Actor, input: WaveStepInput): Promise<{ code: string; version: number }> {
  const manager = requireManager(actor);
  return db.$transaction(async (tx) => {
    const row = await tx.surveyWave.findUnique({ where: { code: input.code }, select: { id: true, status: true, version: true } });
    if (!row) throw new NotFoundError();
    if (row.status !== "SENT") throw new ExpectedError("surveyWaves.errors.notSent");
    if (row.version !== input.version) throw conflict();
    const { count } = await tx.surveyWave.updateMany({ where: { id: row.id, status: "SENT", version: row.version }, data: { status: "CLOSED", version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    await audit(tx, manager, { action: "surveyWave.close", targetType: "SurveyWave", targetId: row.id, summary: { code: input.code, version: row.version + 1 } });
    return { code: input.code, version: row.version + 1 };
  });
}

/** A wave's figure from its answers' scores, with the catalogue's formula for its kind. */
export function waveMetric(kind: string, scores: readonly number[]): MetricValue {
  return kind === "CSI" ? csi(scores) : nps(scores);
}

/** Scores from (score, count) groups, for the catalogue's formulas. */
function expand(groups: ReadonlyArray<{ score: number; n: number }>): number[] {
  return groups.flatMap((g) => Array<number>(g.n).fill(g.score));
}

const listSelect = {
  id: true,
  code: true,
  kind: true,
  cadence: true,
  status: true,
  title: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  sentAt: true,
  invitedCount: true,
  segmentTypes: true,
  segmentStages: true,
  segmentAreas: true,
} as const satisfies Prisma.SurveyWaveSelect;

/** Access: survey:manage. Every NPS and CSI wave, newest period first, with its answers so far and its result. */
export async function listWaves(actor: Actor) {
  requireManager(actor);
  const waves = await db.surveyWave.findMany({ where: { kind: { in: ["NPS", "CSI"] } }, select: listSelect, orderBy: [{ startsAt: "desc" }, { code: "asc" }] });
  const groups = await db.surveyResponse.groupBy({ by: ["waveId", "score"], where: { waveId: { in: waves.map((w) => w.id) } }, _count: { _all: true } });
  return waves.map(({ id, ...w }) => {
    const scores = expand(groups.filter((g) => g.waveId === id).map((g) => ({ score: g.score, n: g._count._all })));
    return { ...w, answered: scores.length, responseRate: w.sentAt && w.invitedCount ? Math.round((scores.length / w.invitedCount) * 1000) / 10 : null, result: waveMetric(w.kind, scores) };
  });
}
export type WaveRow = Awaited<ReturnType<typeof listWaves>>[number];

/** The top-level service area an address falls in (北京市朝阳区 → 北京市), or null outside them. */
function rootArea(area: string): string | null {
  const root = AREAS.find((a) => !a.parent && area.startsWith(a.name));
  return root?.name ?? null;
}

/** Access: survey:manage. One wave: its definition, and its results so far (masked reasons). */
export async function getWave(actor: Actor, code: string) {
  requireManager(actor);
  const wave = await db.surveyWave.findFirst({
    where: { code, kind: { in: ["NPS", "CSI"] } },
    select: { ...listSelect, version: true, questions: true, createdAt: true, createdBy: { select: { displayName: true } } },
  });
  if (!wave) return null;
  const { id, questions: rawQuestions, ...rest } = wave;
  const questions = parseQuestions(rawQuestions);
  const [byCustomer, invitedByCustomer, items, reasons] = await Promise.all([
    db.$queryRaw<Array<{ type: string; area: string; score: number; n: bigint | number }>>`
      SELECT c."type"::text AS type, c."area" AS area, r."score" AS score, count(*) AS n
      FROM "SurveyResponse" r JOIN "Customer" c ON c."id" = r."customerId"
      WHERE r."waveId" = ${id} GROUP BY c."type", c."area", r."score"`,
    db.$queryRaw<Array<{ type: string; area: string; n: bigint | number }>>`
      SELECT c."type"::text AS type, c."area" AS area, count(*) AS n
      FROM "SurveyInvitation" i JOIN "Customer" c ON c."id" = i."customerId"
      WHERE i."waveId" = ${id} GROUP BY c."type", c."area"`,
    db.$queryRaw<Array<{ id: string; mean: number | string | null; n: bigint | number }>>`
      SELECT a.key AS id, avg((a.value)::numeric) AS mean, count(*) AS n
      FROM "SurveyResponse" r, jsonb_each_text(r."answers") AS a(key, value)
      WHERE r."waveId" = ${id} AND a.value ~ '^[1-5]$' GROUP BY a.key`,
    db.surveyResponse.findMany({
      where: { waveId: id, reason: { not: null } },
      select: { id: true, score: true, reason: true, createdAt: true, customer: { select: { type: true, area: true, phone: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 50,
    }),
  ]);
  const rows = byCustomer.map((r) => ({ type: r.type, area: r.area, score: Number(r.score), n: Number(r.n) }));
  const scores = expand(rows);
  const breakdown = (key: (r: { type: string; area: string }) => string) => {
    const out = new Map<string, { key: string; invited: number; scores: number[] }>();
    const entry = (k: string) => out.get(k) ?? out.set(k, { key: k, invited: 0, scores: [] }).get(k)!;
    for (const r of invitedByCustomer) entry(key(r)).invited += Number(r.n);
    for (const r of rows) entry(key(r)).scores.push(...Array<number>(r.n).fill(r.score));
    return [...out.values()].map((g) => ({ key: g.key, invited: g.invited, answered: g.scores.length, result: waveMetric(wave.kind, g.scores) })).sort((a, b) => a.key.localeCompare(b.key));
  };
  const mean = new Map(items.map((i) => [i.id, { mean: i.mean == null ? null : Math.round(Number(i.mean) * 100) / 100, n: Number(i.n) }]));
  const answered = scores.length;
  return {
    ...rest,
    questions,
    results: {
      answered,
      responseRate: rest.sentAt && rest.invitedCount ? Math.round((answered / rest.invitedCount) * 1000) / 10 : null,
      result: waveMetric(wave.kind, scores),
      npsBands: wave.kind === "NPS" ? { promoters: scores.filter((s) => s >= 9).length, passives: scores.filter((s) => s >= 7 && s <= 8).length, detractors: scores.filter((s) => s <= 6).length } : null,
      items: questions.map((q) => ({ ...q, mean: mean.get(q.id)?.mean ?? null, count: mean.get(q.id)?.n ?? 0 })),
      byType: breakdown((r) => r.type),
      byArea: breakdown((r) => rootArea(r.area) ?? ""),
      reasons: reasons.map((r) => ({ id: r.id, score: r.score, reason: r.reason!, createdAt: r.createdAt, type: r.customer.type, area: r.customer.area, phone: maskPhone(r.customer.phone.startsWith(ANONYMISED_PHONE_PREFIX) ? "" : r.customer.phone) })),
    },
  };
}
export type WaveDetail = NonNullable<Awaited<ReturnType<typeof getWave>>>;
export type { WaveKind };
