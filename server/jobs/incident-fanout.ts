import "server-only";
import { NOTICE_TEMPLATES, incidentNoticeNames, sameAddress, subscriptionHears, subscriptionRecipientKey, userRecipientKey } from "@/lib/domain/incidents";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import { notifyAddress, notifyUser } from "../notify";
import { unsubscribeUrl } from "../status-token";
import { affectedLinesWhere } from "../dal/incident-scope";
import { claimNotices, peopleNoticeWhere } from "../dal/incident-notices";
import { updateLinkedRequests, type Stage } from "../dal/incident-requests";
import { errorField, log } from "@/server/log";

// The notices of an incident stage (issue 6): every customer account with a line the incident
// affects (one notice per user, however many lines), then every confirmed, not cancelled status
// subscription whose area overlaps the incident's — except an address that is the phone or e-mail
// of a user already told of the stage — then the linked fault reports' timeline (and, on restore,
// their resolution). Exactly once per stage and recipient (server/dal/incident-notices.ts), in
// batches of FANOUT_BATCH recipients per transaction. Runs right after the staff action commits
// (incident-fanout-schedule.ts) and every minute for stages not finished (a crash mid-way, another
// instance): fannedOutAt is set when a stage is done.

export const INCIDENT_FANOUT_INTERVAL_MS = 60_000;
export const FANOUT_BATCH = 500;
const TX = { timeout: 120_000 } as const;

const stageSelect = {
  id: true,
  kind: true,
  body: true,
  bodyEn: true,
  createdAt: true,
  estimatedRestoreAt: true,
  fannedOutAt: true,
  author: { select: { id: true, role: true } },
  incident: { select: { id: true, code: true, title: true, titleEn: true, areas: true, services: true, restoredAt: true } },
} as const satisfies Prisma.IncidentUpdateSelect;
type StageRow = Prisma.IncidentUpdateGetPayload<{ select: typeof stageSelect }>;

/** What every message of the stage says; the templates choose the reader's language. */
function stagePayload(s: StageRow) {
  const { incident } = s;
  return {
    ...incidentNoticeNames(incident),
    message: s.body,
    messageEn: s.bodyEn || s.body,
    hasEta: s.estimatedRestoreAt ? "yes" : "no",
    eta: s.estimatedRestoreAt?.toISOString() ?? "",
    restoredAt: incident.restoredAt?.toISOString() ?? "",
  } satisfies Prisma.InputJsonObject;
}

/** Users whose phone or e-mail is one of these addresses and who were told of the stage. */
async function addressesTold(tx: Tx, updateId: string, addresses: string[]): Promise<string[]> {
  if (!addresses.length) return [];
  const users = await tx.user.findMany({
    where: { OR: [{ phone: { in: addresses } }, { email: { in: addresses, mode: "insensitive" } }] },
    select: { id: true, phone: true, email: true },
  });
  if (!users.length) return [];
  const told = new Set((await tx.incidentNotice.findMany({ where: { updateId, recipientKey: { in: users.map((u) => userRecipientKey(u.id)) } }, select: { recipientKey: true } })).map((n) => n.recipientKey));
  return users.filter((u) => told.has(userRecipientKey(u.id))).flatMap((u) => [u.phone, u.email].filter((a): a is string => !!a));
}

async function notifyUsers(s: StageRow, batch: number) {
  const template = NOTICE_TEMPLATES[s.kind];
  const payload = { ...stagePayload(s), subscriber: "no" };
  let cursor = "";
  for (;;) {
    const users = await db.user.findMany({
      where: { id: { gt: cursor }, role: "CUSTOMER", customer: { lines: { some: affectedLinesWhere(s.incident) } } },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true },
    });
    if (!users.length) return;
    await db.$transaction(async (tx) => {
      for (const key of await claimNotices(tx, s.id, users.map((u) => userRecipientKey(u.id)))) await notifyUser(tx, key.slice("user:".length), template, payload);
    }, TX);
    cursor = users.at(-1)!.id;
    if (users.length < batch) return;
  }
}

/** Subscriptions whose area is a prefix of an incident area or has one as its prefix. */
function subscriptionAreaWhere(areas: readonly string[]): Prisma.StatusSubscriptionWhereInput[] {
  const prefixes = [...new Set(areas.flatMap((a) => Array.from({ length: a.length }, (_, i) => a.slice(0, i + 1))))];
  return [...areas.map((a) => ({ area: { startsWith: a } })), { area: { in: prefixes } }];
}

async function notifySubscribers(s: StageRow, batch: number) {
  const template = NOTICE_TEMPLATES[s.kind];
  const payload = stagePayload(s);
  let cursor = "";
  for (;;) {
    const subs = await db.statusSubscription.findMany({
      where: { id: { gt: cursor }, confirmedAt: { not: null }, cancelledAt: null, OR: subscriptionAreaWhere(s.incident.areas) },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, area: true, channel: true, address: true, locale: true },
    });
    if (!subs.length) return;
    await db.$transaction(async (tx) => {
      const hearing = subs.filter((sub) => sub.channel !== "IN_APP" && subscriptionHears(s.incident.areas, sub.area));
      const told = await addressesTold(tx, s.id, hearing.map((sub) => sub.address));
      const eligible = hearing.filter((sub) => !told.some((a) => sameAddress(a, sub.address)));
      const fresh = new Set(await claimNotices(tx, s.id, eligible.map((sub) => subscriptionRecipientKey(sub.id))));
      for (const sub of eligible) {
        if (!fresh.has(subscriptionRecipientKey(sub.id)) || sub.channel === "IN_APP") continue;
        await notifyAddress(tx, { channel: sub.channel, address: sub.address, locale: sub.locale, template, payload: { ...payload, subscriber: "yes", unsubscribeUrl: unsubscribeUrl(sub.id) } });
      }
    }, TX);
    cursor = subs.at(-1)!.id;
    if (subs.length < batch) return;
  }
}

/** Fans one stage out (idempotent; safe beside another instance). Returns how many people were told in all, or null for an unknown stage. */
export async function fanOutUpdate(updateId: string, options: { batch?: number } = {}): Promise<number | null> {
  const batch = options.batch ?? FANOUT_BATCH;
  const s = await db.incidentUpdate.findUnique({ where: { id: updateId }, select: stageSelect });
  if (!s) return null;
  // Users first, in full: the subscribers' check against "already told" needs them.
  await notifyUsers(s, batch);
  await notifySubscribers(s, batch);
  const stage: Stage = { id: s.id, kind: s.kind, body: s.body, createdAt: s.createdAt, estimatedRestoreAt: s.estimatedRestoreAt, author: s.author, incident: s.incident };
  await updateLinkedRequests(stage, batch);
  const notified = await db.incidentNotice.count({ where: peopleNoticeWhere(s.id) });
  await db.incidentUpdate.update({ where: { id: s.id }, data: { notifiedCount: notified, fannedOutAt: s.fannedOutAt ?? new Date() } });
  return notified;
}

/**
 * Finishes every stage not yet fanned out, oldest first. A stage that fails (a linked request
 * changed under its batch) is left for the next run and does not hold up the others.
 */
export async function runIncidentFanout(options: { batch?: number } = {}): Promise<{ stages: number; failed: number }> {
  const pending = await db.incidentUpdate.findMany({ where: { fannedOutAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 50, select: { id: true } });
  let failed = 0;
  for (const p of pending) {
    try {
      await fanOutUpdate(p.id, options);
    } catch (error) {
      failed += 1;
      log.warn({ job: "incidents", error: errorField(error) }, `fan-out of ${p.id} failed, retried next run`);
    }
  }
  return { stages: pending.length - failed, failed };
}

let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= runIncidentFanout()
    .then(({ stages }) => {
      if (stages) log.info({ job: "incidents" }, `fanned out ${stages} stage(s)`);
    })
    .catch((error: unknown) => log.warn({ job: "incidents", error: errorField(error) }, "fan-out failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the periodic job (instrumentation.ts): once now, then every interval; it does not keep the process alive. */
export function startIncidentFanoutJob(intervalMs = INCIDENT_FANOUT_INTERVAL_MS) {
  if (timer) return;
  void runOnce();
  timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
}

/** Stops the periodic job and waits for a running pass (shutdown). */
export async function stopIncidentFanoutJob() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
