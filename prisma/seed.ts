// Deterministic demo data. `npm run db:seed` (re)seeds a demo database; `-- --if-empty` seeds only
// an empty one. It refuses to touch a database that holds anything but demo data.
import { hash } from "@node-rs/argon2";
import { computeDeadlines } from "../lib/domain/sla";
import { formatSrn } from "../lib/domain/srn";
import { cstDayKey } from "../lib/domain/time";
import type { PrismaClient } from "../server/generated/prisma/client";
import { openScriptClient } from "./client";
import * as demo from "./demo-data";
import { truncateAll } from "./truncate";

const HOUR = 3_600_000;

/** True when the database holds records that the demo seed did not create. */
async function hasNonDemoData(prisma: PrismaClient) {
  const [customers, staff] = await Promise.all([
    prisma.customer.count({ where: { isDemo: false } }),
    prisma.user.count({ where: { role: { not: "CUSTOMER" }, NOT: { email: { endsWith: `@${demo.DEMO_EMAIL_DOMAIN}` } } } }),
  ]);
  return customers + staff > 0;
}

export async function seedDemo(prisma: PrismaClient, now = new Date()) {
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
        },
      });
      lineIds[l.number] = line.id;
    }
  }

  // Requests oldest first, so that SRN sequences follow submission order within a day.
  const counters: Record<string, number> = {};
  const ordered = [...demo.requests].sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const r of ordered) {
    const createdAt = new Date(now.getTime() - r.hoursAgo * HOUR);
    const day = cstDayKey(createdAt);
    counters[day] = (counters[day] ?? 0) + 1;
    const srn = formatSrn(createdAt, counters[day]);
    const customer = demo.customers.find((c) => c.key === r.customer)!;
    const deadlines = computeDeadlines({ type: "FAULT_REPAIR", level: 2, special: false, createdAt });
    const customerUser = userIds[r.customer]!;
    const agent = userIds.agent!;
    const decidedAt = new Date(createdAt.getTime() + (r.acceptedAfterHours ?? 1) * HOUR);
    const status = { submitted: "SUBMITTED", accepted: "ACCEPTED", returned: "RETURNED", withdrawn: "WITHDRAWN" } as const;
    const events: Array<{ kind: string; actorId: string; fromStatus?: "SUBMITTED"; toStatus: (typeof status)[keyof typeof status]; body?: string; createdAt: Date }> = [
      { kind: "created", actorId: customerUser, toStatus: "SUBMITTED", createdAt },
    ];
    if (r.outcome === "accepted") events.push({ kind: "accept", actorId: agent, fromStatus: "SUBMITTED", toStatus: "ACCEPTED", body: r.message, createdAt: decidedAt });
    if (r.outcome === "returned") events.push({ kind: "return", actorId: agent, fromStatus: "SUBMITTED", toStatus: "RETURNED", body: r.message, createdAt: decidedAt });
    if (r.outcome === "withdrawn") events.push({ kind: "withdraw", actorId: customerUser, fromStatus: "SUBMITTED", toStatus: "WITHDRAWN", createdAt: decidedAt });
    await prisma.serviceRequest.create({
      data: {
        srn,
        type: "FAULT_REPAIR",
        status: status[r.outcome],
        level: 2,
        channel: "WEB",
        customerId: customerIds[r.customer]!,
        lineId: lineIds[r.line]!,
        title: r.symptom,
        description: r.description,
        details: { symptom: r.symptom, since: new Date(createdAt.getTime() - 2 * HOUR).toISOString(), contactPhone: customer.phone },
        createdById: customerUser,
        createdAt,
        ...deadlines,
        ...(r.outcome === "accepted" ? { acceptedAt: decidedAt, respondedAt: decidedAt, ownerId: agent } : {}),
        ...(r.outcome === "returned" ? { closedAt: decidedAt, respondedAt: decidedAt, ownerId: agent } : {}),
        ...(r.outcome === "withdrawn" ? { closedAt: decidedAt } : {}),
        version: events.length,
        events: { create: events.map((e) => ({ ...e, visibility: "CUSTOMER" as const })) },
      },
    });
    const template = { submitted: "request.created", accepted: "request.accepted", returned: "request.returned", withdrawn: "request.withdrawn" }[r.outcome];
    await prisma.notification.create({
      data: {
        recipientId: customerUser,
        channel: "IN_APP",
        template,
        payload: { srn, message: r.message ?? "", acceptBy: deadlines.acceptBy.toISOString() },
        status: "SENT",
        sentAt: events.at(-1)!.createdAt,
        createdAt: events.at(-1)!.createdAt,
      },
    });
  }
  for (const [day, last] of Object.entries(counters)) await prisma.srnCounter.create({ data: { day, last } });
}

export type SeedOutcome = "seeded" | "already-seeded" | "skipped-real-data";

/**
 * The seed's rules: never touch a database with non-demo data (with --if-empty, skip it quietly);
 * with --if-empty, leave a database that has any users alone; otherwise wipe demo data and seed.
 */
export async function runSeed(prisma: PrismaClient, options: { ifEmpty: boolean; description: string; now?: Date }): Promise<SeedOutcome> {
  if (await hasNonDemoData(prisma)) {
    if (options.ifEmpty) return "skipped-real-data";
    throw new Error(`${options.description} holds non-demo data; the demo seed will not touch it. Use an empty database (npm run db:reset wipes this one).`);
  }
  if (options.ifEmpty && (await prisma.user.count()) > 0) return "already-seeded";
  await truncateAll(prisma);
  await seedDemo(prisma, options.now);
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
