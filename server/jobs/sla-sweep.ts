import "server-only";
import { alertDue, runningClocks, type AlertKind } from "@/lib/domain/sla-alerts";
import { ENDED_STATUSES } from "@/lib/domain/request-status";
import type { ClockName } from "@/lib/domain/sla";
import { db, type Tx } from "../db";
import { notifyUser } from "../notify";
import { policyOfRequest, type PolicyWithCalendar } from "../dal/sla-policies";
import { escalateIn } from "../dal/escalation";
import { createFormatter, createTranslator } from "next-intl";
import { DATE_FORMATS, DEFAULT_LOCALE } from "@/lib/i18n";
import { TIME_ZONE } from "@/lib/domain/time";
import zhCN from "@/messages/zh-CN.json";
import { errorField, log } from "@/server/log";

// The escalation's reason is data on the timeline, written once in the operator's language.
const reasonText = createTranslator({ locale: DEFAULT_LOCALE, messages: zhCN, namespace: "sla.sweep" });
const reasonClock = createTranslator({ locale: DEFAULT_LOCALE, messages: zhCN, namespace: "clock" });
const reasonFormat = createFormatter({ locale: DEFAULT_LOCALE, timeZone: TIME_ZONE, formats: DATE_FORMATS });
const breachReason = (d: { clock: ClockName; deadline: Date }) => reasonText("breachReason", { clock: reasonClock(d.clock), deadline: reasonFormat.dateTime(d.deadline, "short") });

// The SLA sweep (issue 5): every minute in the server (instrumentation.ts) and on demand as
// `npm run jobs:sla-sweep` (scripts/sla-sweep.ts). It only reads the stored deadlines
// (lib/domain/sla-alerts.ts): a clock past warnAtPercent of its time warns its owner (the team's
// supervisors when unowned); a breached clock goes to the team's supervisors (every active
// supervisor when the team has none) and escalates the request once to one of them. Idempotent
// and safe on several instances: each alert is a SlaAlert row, unique per request, clock, kind and
// deadline, inserted with ON CONFLICT DO NOTHING, and only the instance whose insert went in
// notifies — all in one transaction per request, so an alert and its notifications exist together.

export const SLA_SWEEP_INTERVAL_MS = 60_000;
const BATCH = 200;

const sweptSelect = {
  id: true,
  srn: true,
  type: true,
  status: true,
  level: true,
  special: true,
  createdAt: true,
  ownerId: true,
  teamId: true,
  escalatedAt: true,
  slaPolicyId: true,
  acceptBy: true,
  acceptedAt: true,
  respondBy: true,
  respondedAt: true,
  resolveBy: true,
  resolvedAt: true,
  clockPausedAt: true,
} as const;

type Due = { clock: ClockName; kind: AlertKind; deadline: Date };

async function supervisorsFor(tx: Tx, teamId: string | null): Promise<string[]> {
  const active = { role: "SUPERVISOR" as const, disabled: false };
  if (teamId) {
    const team = await tx.user.findMany({ where: { ...active, teamId }, select: { id: true }, orderBy: { createdAt: "asc" } });
    if (team.length) return team.map((u) => u.id);
  }
  return (await tx.user.findMany({ where: active, select: { id: true }, orderBy: { createdAt: "asc" } })).map((u) => u.id);
}

async function alertOne(requestId: string, due: Due[], now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const r = await tx.serviceRequest.findUnique({ where: { id: requestId }, select: { id: true, srn: true, ownerId: true, teamId: true, escalatedAt: true } });
    if (!r) return 0;
    let sent = 0;
    for (const d of due) {
      const inserted = await tx.slaAlert.createMany({ data: [{ requestId, clock: d.clock, kind: d.kind, deadline: d.deadline, createdAt: now }], skipDuplicates: true });
      if (inserted.count !== 1) continue;
      sent += 1;
      const payload = { srn: r.srn, clock: d.clock, deadline: d.deadline.toISOString() };
      if (d.kind === "WARNING") {
        const to = r.ownerId ? [r.ownerId] : await supervisorsFor(tx, r.teamId);
        for (const id of to) await notifyUser(tx, id, "staff.slaWarning", payload);
        continue;
      }
      // 升级 once per request: the first breach escalates it to a supervisor, exactly as staff do
      // (server/dal/escalation.ts); the reason names the clock, in the operator's language. That
      // supervisor is told by the escalation (staff.escalated, which carries the breach as its
      // reason), so the breach notice goes to everyone else: one message per person per breach.
      let escalatedTo: string | null = null;
      if (!r.escalatedAt) {
        const outcome = await escalateIn(tx, { requestId: r.id, by: null, reason: breachReason(d), now });
        if (outcome.escalated) {
          r.escalatedAt = now;
          escalatedTo = outcome.toId;
        }
      }
      const told = new Set(escalatedTo ? [escalatedTo] : []);
      for (const id of [...(await supervisorsFor(tx, r.teamId)), ...(r.ownerId ? [r.ownerId] : [])]) {
        if (told.has(id)) continue;
        told.add(id);
        await notifyUser(tx, id, "staff.slaBreach", payload);
      }
    }
    return sent;
  });
}

/**
 * Access: none — a system job. Warns and escalates every running clock that is due; returns how
 * many alerts it sent (0 on a second run at the same moment).
 */
export async function runSlaSweep(now = new Date()) {
  const policies = new Map<string, Promise<PolicyWithCalendar>>();
  let alerts = 0;
  let cursor: string | undefined;
  for (;;) {
    // dueAt is set while some clock runs (kept by a trigger): paused and ended requests drop out.
    const batch = await db.serviceRequest.findMany({
      where: { dueAt: { not: null }, status: { notIn: [...ENDED_STATUSES] }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { ...sweptSelect, slaAlerts: { select: { clock: true, kind: true, deadline: true } } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const r of batch) {
      const key = `${r.type}:${r.slaPolicyId ?? "default"}`;
      if (!policies.has(key)) policies.set(key, policyOfRequest(db, r));
      const { policy, calendar } = await policies.get(key)!;
      const sent = new Set(r.slaAlerts.map((a) => `${a.clock}|${a.kind}|${a.deadline.getTime()}`));
      const due: Due[] = [];
      for (const { clock, deadline } of runningClocks(r)) {
        const kind = alertDue(policy, calendar, r, clock, deadline, now);
        if (kind && !sent.has(`${clock}|${kind}|${deadline.getTime()}`)) due.push({ clock, kind, deadline });
      }
      if (due.length) alerts += await alertOne(r.id, due, now);
    }
    if (batch.length < BATCH) break;
    cursor = batch.at(-1)!.id;
  }
  return { alerts };
}

let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= runSlaSweep()
    .then(({ alerts }) => {
      if (alerts) log.info({ job: "sla" }, `sent ${alerts} SLA alert(s)`);
    })
    .catch((error: unknown) => log.warn({ job: "sla", error: errorField(error) }, "the SLA sweep failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the periodic sweep (instrumentation.ts): once now, then every minute; it does not keep the process alive. */
export function startSlaSweep(intervalMs = SLA_SWEEP_INTERVAL_MS) {
  if (timer) return;
  void runOnce();
  timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
}

/** Stops the periodic sweep and waits for a running pass (shutdown). */
export async function stopSlaSweep() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
