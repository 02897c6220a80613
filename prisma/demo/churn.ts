import { offerText } from "../../lib/domain/churn";
import { scoreAllCustomers } from "../../server/jobs/churn-batch";
import type { DemoContext } from "./context";

// Demo churn risk (R4.5), last of the areas: the scoring job's own batch step
// (server/jobs/churn-batch.ts) runs over everything seeded before, so every score and reason on
// /admin/retention comes from the demo's real complaints, ratings, deadlines, usage, plan changes,
// contracts and terminations — none is written by hand. It is recorded as the nightly job records
// a run. Then one open win-back task for the customer at the highest risk, given by the supervisor
// to the agent, due tomorrow at 18:00 (China time), so that /admin/retention/tasks has work.

const HOUR = 3_600_000;

export async function seedChurn(ctx: DemoContext) {
  const { prisma, now } = ctx;
  const { removed, ...counts } = await scoreAllCustomers(prisma, now);
  await prisma.auditLog.create({ data: { action: "churn.score", targetType: "ChurnScore", summary: { ...counts, removed, at: now.toISOString() }, createdAt: now } });
  const top = await prisma.churnScore.findFirst({ where: { customer: { isDemo: true, user: { isNot: null } }, band: { in: ["MEDIUM", "HIGH"] } }, orderBy: [{ score: "desc" }, { customerId: "asc" }], select: { customerId: true, score: true } });
  if (!top) return;
  const agent = ctx.userIds.agent!;
  const supervisor = ctx.userIds.supervisor!;
  // Tomorrow 18:00 in Shanghai (10:00 UTC).
  const tomorrow = new Date(now.getTime() + 24 * HOUR);
  const dueAt = new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 10));
  const task = await prisma.winBackTask.create({
    data: { customerId: top.customerId, scoreAtStart: top.score, offer: offerText("VOUCHER", "50 元话费券，连续 3 个月每月 10 元"), assigneeId: agent, createdById: supervisor, dueAt, createdAt: new Date(now.getTime() - 2 * HOUR) },
  });
  await prisma.auditLog.create({
    data: { actorId: supervisor, actorRole: "SUPERVISOR", action: "winback.create", targetType: "WinBackTask", targetId: task.id, summary: { customerId: top.customerId, offer: "VOUCHER", assigneeId: agent, dueAt: dueAt.toISOString(), scoreAtStart: top.score }, createdAt: task.createdAt },
  });
}
