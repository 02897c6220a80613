// Deterministic demo data. `npm run db:seed` (re)seeds a demo database; `-- --if-empty` seeds only
// an empty one. It refuses to touch a database that holds anything but demo data.
import { hash } from "@node-rs/argon2";
import { transitionEffects, type ClockFields } from "../lib/domain/request-effects";
import { transition, type RequestAction } from "../lib/domain/request-status";
import type { RequestStatus } from "../lib/domain/roles";
import { computeDeadlines } from "../lib/domain/sla";
import { addBusinessHours } from "../lib/domain/business-calendar";
import { CN_STANDARD } from "../lib/domain/cn-calendar";
import { DEFAULT_POLICIES } from "../lib/domain/sla-policy";
import { windowEnd } from "../lib/schemas/request-create";
import { needsReturnVisit } from "../lib/schemas/rating";
import { formatSrn } from "../lib/domain/srn";
import { cstDateKey, cstDayKey } from "../lib/domain/time";
import type { PrismaClient } from "../server/generated/prisma/client";
import { openScriptClient } from "./client";
import * as demo from "./demo-data";
import { truncateAll } from "./truncate";
import { AREA_SEEDERS } from "./demo";
import { EVENT_TEMPLATES, type AreaSeeder } from "./demo/context";

const HOUR = 3_600_000;
/** As server/dal/ratings.ts: a low rating's return visit is due a day later. */
const LOW_RATING_FOLLOW_UP_HOURS = 24;

/** True when the database holds records that the demo seed did not create. */
async function hasNonDemoData(prisma: PrismaClient) {
  const [customers, staff] = await Promise.all([
    prisma.customer.count({ where: { isDemo: false } }),
    prisma.user.count({ where: { role: { not: "CUSTOMER" }, NOT: { email: { endsWith: `@${demo.DEMO_EMAIL_DOMAIN}` } } } }),
  ]);
  return customers + staff > 0;
}

/** The core demo data, then each product area's (`areas`; the core's own tests pass none). */
export async function seedDemo(prisma: PrismaClient, now = new Date(), areas: readonly AreaSeeder[] = AREA_SEEDERS) {
  const passwordHash = await hash(demo.DEMO_PASSWORD);
  const teamIds: Record<string, string> = {};
  for (const t of demo.teams) teamIds[t.code] = (await prisma.team.create({ data: t })).id;
  const planIds: Record<string, string> = {};
  for (const p of demo.plans) planIds[p.code] = (await prisma.plan.create({ data: p })).id;

  const userIds: Record<string, string> = {};
  for (const s of demo.staff) {
    const user = await prisma.user.create({
      data: { role: s.role, displayName: s.displayName, email: s.email, passwordHash, teamId: s.team ? teamIds[s.team] : null },
    });
    userIds[s.key] = user.id;
  }

  const customerIds: Record<string, string> = {};
  const lineIds: Record<string, string> = {};
  for (const c of demo.customers) {
    const customer = await prisma.customer.create({
      data: {
        type: c.type,
        name: c.name,
        phone: c.phone,
        email: c.email,
        idNumber: c.idNumber,
        realNameVerified: true,
        lifecycleStage: "ACTIVE",
        area: c.area,
        isDemo: true,
        createdAt: new Date(now.getTime() - Math.max(...c.lines.map((l) => l.daysOld)) * 24 * HOUR),
      },
    });
    customerIds[c.key] = customer.id;
    const user = await prisma.user.create({
      data: { role: "CUSTOMER", displayName: c.name, phone: c.phone, email: c.email, passwordHash, customerId: customer.id },
    });
    userIds[c.key] = user.id;
    for (const l of c.lines) {
      const line = await prisma.line.create({
        data: {
          customerId: customer.id,
          number: l.number,
          kind: l.kind,
          planId: planIds[l.plan]!,
          status: "ACTIVE",
          activatedAt: new Date(now.getTime() - l.daysOld * 24 * HOUR),
          area: c.area,
          address: "address" in l ? l.address : null,
          lockInEndsAt: l.lockInDays === null ? null : new Date(now.getTime() + l.lockInDays * 24 * HOUR),
          balanceFen: l.balanceFen,
          depositFen: l.depositFen,
          addOns: [...l.addOns],
        },
      });
      lineIds[l.number] = line.id;
    }
  }

  // Requests oldest first, so that SRN sequences follow submission order within a day.
  const counters: Record<string, number> = {};
  const ordered = demo.requests
    .map((r) => ({ r, createdAt: r.acceptOverdueHours ? submittedForOverdueAccept(now, r.acceptOverdueHours) : new Date(now.getTime() - r.hoursAgo * HOUR) }))
    .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
  for (const { r, createdAt } of ordered) {
    const day = cstDayKey(createdAt);
    counters[day] = (counters[day] ?? 0) + 1;
    const srn = formatSrn(createdAt, counters[day]);
    const customer = demo.customers.find((c) => c.key === r.customer)!;
    await seedRequest(prisma, { r, srn, createdAt, now, customerId: customerIds[r.customer]!, customerPhone: customer.phone, userIds, lineIds });
  }
  for (const [day, last] of Object.entries(counters)) await prisma.srnCounter.create({ data: { day, last } });

  for (const w of demo.surveyWaves) {
    await prisma.surveyWave.create({
      data: { code: w.code, kind: w.kind, title: w.title, titleEn: w.titleEn, startsAt: now, endsAt: new Date(now.getTime() + w.openDays * 24 * HOUR), createdAt: now },
    });
    for (const c of demo.customers) {
      await prisma.notification.create({
        data: { recipientId: userIds[c.key]!, channel: "IN_APP", template: `survey.${w.kind.toLowerCase()}`, payload: { code: w.code }, status: "SENT", sentAt: now, createdAt: now },
      });
    }
  }

  const ctx = { prisma, now, teamIds, planIds, userIds, customerIds, lineIds };
  for (const seedArea of areas) await seedArea(ctx);
}

const ACCEPT_HOURS = DEFAULT_POLICIES.FAULT_REPAIR.acceptHours;

/** The latest whole hour before now at which a request's 24 business hours to acceptance ran out `overdueHours` ago. */
function submittedForOverdueAccept(now: Date, overdueHours: number): Date {
  const limit = now.getTime() - overdueHours * HOUR;
  let at = new Date(limit - ACCEPT_HOURS * HOUR);
  while (addBusinessHours(CN_STANDARD, at, ACCEPT_HOURS).getTime() > limit) at = new Date(at.getTime() - HOUR);
  return at;
}


/** The type-specific fields of a demo request, as createRequest would have stored them. */
function typeFields(r: demo.DemoRequest, createdAt: Date, phone: string) {
  switch (r.type) {
    case "FAULT_REPAIR":
      return {
        title: r.symptom,
        description: r.description,
        details: { symptom: r.symptom, since: new Date(createdAt.getTime() - 2 * HOUR).toISOString(), contactPhone: phone, reachable: r.reachable ?? "ANYTIME" },
        chosenDate: null,
      };
    case "SERVICE_OPENING": {
      const preferredDate = cstDateKey(new Date(createdAt.getTime() + r.appointmentDays * 24 * HOUR));
      return {
        title: r.serviceKind,
        description: r.notes,
        details: { serviceKind: r.serviceKind, address: r.address, preferredDate, window: r.window, contactPhone: phone },
        chosenDate: windowEnd(preferredDate, r.window),
      };
    }
    case "BUSINESS_CHANGE":
      return { title: r.changeKind, description: r.description, details: { changeKind: r.changeKind, ...r.fields }, chosenDate: null };
    case "CONSULTATION":
      return { title: r.topic, description: r.question, details: { topic: r.topic }, chosenDate: null };
  }
}

/**
 * Writes one demo request by replaying its steps through the state machine and the clock effects
 * of lib/domain, with an event and a notification per step; a step the machine refuses is a
 * mistake in the demo data and stops the seed.
 */
async function seedRequest(
  prisma: PrismaClient,
  o: { r: demo.DemoRequest; srn: string; createdAt: Date; now: Date; customerId: string; customerPhone: string; userIds: Record<string, string>; lineIds: Record<string, string> },
) {
  const { r, srn, createdAt } = o;
  const level = r.level ?? 2;
  const fields = typeFields(r, createdAt, o.customerPhone);
  const clocks: ClockFields = {
    ...computeDeadlines({ type: r.type, level, special: false, createdAt, chosenDate: fields.chosenDate }),
    acceptedAt: null,
    respondedAt: null,
    resolvedAt: null,
    clockPausedAt: null,
    closedAt: null,
  };
  const customerUser = o.userIds[r.customer]!;
  let status: RequestStatus = "SUBMITTED";
  let ownerId: string | null = null;
  const events: Array<{ kind: string; actorId: string; fromStatus?: RequestStatus; toStatus: RequestStatus; body?: string; createdAt: Date }> = [
    { kind: "created", actorId: customerUser, toStatus: "SUBMITTED", createdAt },
  ];
  const followUps: Array<{ reason: "NOT_RESOLVED" | "LOW_RATING"; dueAt: Date; assigneeId: string | null; createdAt: Date }> = [];
  for (const step of r.steps) {
    const at = new Date(createdAt.getTime() + step.afterHours * HOUR);
    if (at > o.now) throw new Error(`${srn}: step ${step.action} lies in the future`);
    const actorId = step.by === "customer" ? customerUser : o.userIds[step.by]!;
    const result = transition(step.action, status, step.by === "customer" ? "CUSTOMER" : step.by === "agent" ? "AGENT" : "SUPERVISOR");
    if (!result.ok) throw new Error(`${srn}: ${step.action} from ${status} is not allowed (${result.reason})`);
    Object.assign(clocks, transitionEffects(step.action, r.type, clocks, at));
    if (step.action === "accept" || step.action === "return" || (step.action === "start" && !ownerId)) ownerId = actorId;
    if (step.action === "reopen") followUps.push({ reason: "NOT_RESOLVED", dueAt: new Date(at.getTime() + 24 * HOUR), assigneeId: ownerId, createdAt: at });
    events.push({ kind: step.action, actorId, fromStatus: status, toStatus: result.to, ...(step.body ? { body: step.body } : {}), createdAt: at });
    status = result.to;
  }
  // A low rating opens a return visit, as rateRequest does.
  if (r.rating && needsReturnVisit(r.rating)) {
    const at = new Date(createdAt.getTime() + r.rating.afterHours * HOUR);
    followUps.push({ reason: "LOW_RATING", dueAt: new Date(at.getTime() + LOW_RATING_FOLLOW_UP_HOURS * HOUR), assigneeId: ownerId, createdAt: at });
  }
  await prisma.serviceRequest.create({
    data: {
      srn,
      type: r.type,
      status,
      level,
      channel: "WEB",
      customerId: o.customerId,
      lineId: "line" in r && r.line ? o.lineIds[r.line]! : null,
      title: fields.title,
      description: fields.description,
      details: fields.details,
      createdById: customerUser,
      createdAt,
      ...clocks,
      ownerId,
      version: events.length,
      events: { create: events.map((e) => ({ ...e, visibility: "CUSTOMER" as const })) },
      followUps: { create: followUps },
      ...(r.rating ? { rating: { create: ratingFields(r.rating, o.customerId, createdAt, o.now, srn, status, events.at(-1)!.createdAt) } } : {}),
    },
  });
  // The rating is an event on the timeline, but not a status change: no version, no notification.
  if (r.rating) {
    const request = await prisma.serviceRequest.findUniqueOrThrow({ where: { srn }, select: { id: true } });
    const at = new Date(createdAt.getTime() + r.rating.afterHours * HOUR);
    await prisma.requestEvent.create({ data: { requestId: request.id, kind: "rated", visibility: "CUSTOMER", actorId: customerUser, createdAt: at } });
  }
  // One notification per step; all but the latest have been read.
  for (const [i, e] of events.entries()) {
    await prisma.notification.create({
      data: {
        recipientId: customerUser,
        channel: "IN_APP",
        template: EVENT_TEMPLATES[e.kind as RequestAction | "created"],
        payload: { srn, message: e.body ?? "", acceptBy: clocks.acceptBy.toISOString() },
        status: "SENT",
        sentAt: e.createdAt,
        createdAt: e.createdAt,
        readAt: i < events.length - 1 ? e.createdAt : null,
      },
    });
  }
}

/** A demo rating, checked as rateRequest would: after the last step, of a RESOLVED or CLOSED request. */
function ratingFields(rating: NonNullable<demo.DemoRequest["rating"]>, customerId: string, createdAt: Date, now: Date, srn: string, status: RequestStatus, lastStep: Date) {
  const at = new Date(createdAt.getTime() + rating.afterHours * HOUR);
  if (at > now || at < lastStep) throw new Error(`${srn}: the rating lies in the future or before the last step`);
  if (status !== "RESOLVED" && status !== "CLOSED") throw new Error(`${srn}: a ${status} request cannot be rated`);
  return { customerId, score: rating.score, reasons: rating.reasons, comment: rating.comment, resolved: rating.resolved, createdAt: at };
}

export type SeedOutcome = "seeded" | "already-seeded" | "skipped-real-data";

/**
 * The seed's rules: never touch a database with non-demo data (with --if-empty, skip it quietly);
 * with --if-empty, leave a database that has any users alone; otherwise wipe demo data and seed.
 */
export async function runSeed(prisma: PrismaClient, options: { ifEmpty: boolean; description: string; now?: Date; areas?: readonly AreaSeeder[] }): Promise<SeedOutcome> {
  if (await hasNonDemoData(prisma)) {
    if (options.ifEmpty) return "skipped-real-data";
    throw new Error(`${options.description} holds non-demo data; the demo seed will not touch it. Use an empty database (npm run db:reset wipes this one).`);
  }
  if (options.ifEmpty && (await prisma.user.count()) > 0) return "already-seeded";
  await truncateAll(prisma);
  await seedDemo(prisma, options.now, options.areas);
  return "seeded";
}

async function main() {
  if (process.env.NODE_ENV === "production" && process.env.SEED_DEMO !== "true") {
    throw new Error("Refusing to seed demo data with NODE_ENV=production (set SEED_DEMO=true for a demo deployment).");
  }
  const { prisma, description, close } = await openScriptClient();
  try {
    const outcome = await runSeed(prisma, { ifEmpty: process.argv.includes("--if-empty"), description });
    const messages: Record<SeedOutcome, string> = {
      seeded: `Seeded demo data into ${description}. Password for every demo account: ${demo.DEMO_PASSWORD}`,
      "already-seeded": `${description} already has data: demo seed skipped.`,
      "skipped-real-data": `${description} holds real data: demo seed skipped.`,
    };
    console.log(messages[outcome]);
  } finally {
    await close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
