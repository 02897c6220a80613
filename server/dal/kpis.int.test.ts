import { describe, expect, it } from "vitest";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { db } from "../db";
import { staffKpis } from "./kpis";

const HOUR = 3_600_000;

async function work(agentId: string, options: { late: boolean; score?: number; outcome?: "SATISFIED" | "PROBLEM_PERSISTS" | "NOT_REACHED"; daysAgo?: number }) {
  const owner = await makeCustomer();
  const at = new Date(Date.now() - (options.daysAgo ?? 1) * 24 * HOUR);
  const request = await makeRequest(owner, { status: "RESOLVED", createdAt: new Date(at.getTime() - 5 * HOUR), acceptBy: new Date(at.getTime() + (options.late ? -HOUR : HOUR)), resolveBy: new Date(at.getTime() + (options.late ? -HOUR : HOUR)), ownerId: agentId });
  await db.requestEvent.createMany({
    data: [
      { requestId: request.id, kind: "accept", actorId: agentId, createdAt: at },
      { requestId: request.id, kind: "resolve", actorId: agentId, createdAt: at },
    ],
  });
  if (options.score) await db.rating.create({ data: { requestId: request.id, customerId: owner.customer.id, score: options.score, reasons: [] } });
  if (options.outcome) await db.followUp.create({ data: { requestId: request.id, reason: "SAMPLED", dueAt: at, status: "DONE", outcome: options.outcome, closedAt: at } });
  return request;
}

describe("staffKpis", () => {
  it("counts an agent's acceptances and resolutions in the window, on time, ratings and return visits", async () => {
    const { actor, user } = await makeStaff("AGENT");
    await work(user.id, { late: false, score: 5, outcome: "SATISFIED" });
    await work(user.id, { late: true, score: 2, outcome: "PROBLEM_PERSISTS" });
    await work(user.id, { late: false, outcome: "NOT_REACHED" });
    await work(user.id, { late: false, score: 1, daysAgo: 45 }); // outside the 30 days
    const other = await makeStaff("AGENT");
    await work(other.user.id, { late: false, score: 1 });

    const k = await staffKpis(actor);
    expect(k?.team).toBeNull();
    expect(k?.mine).toMatchObject({ accepted: 3, resolved: 3, ratings: 2, averageRating: 3.5, followUps: { satisfied: 1, problemPersists: 1, notReached: 1 }, followUpSatisfaction: 0.5 });
    expect(k?.mine.acceptedOnTime).toBeCloseTo(2 / 3);
    expect(k?.mine.resolvedOnTime).toBeCloseTo(2 / 3);
  });

  it("shows a supervisor each active member of their team", async () => {
    const team = await db.team.create({ data: { code: "KPI_TEAM", name: "班组", nameEn: "Team" } });
    const supervisor = await makeStaff("SUPERVISOR");
    const agent = await makeStaff("AGENT");
    const gone = await makeStaff("AGENT", { disabled: true });
    await db.user.updateMany({ where: { id: { in: [supervisor.user.id, agent.user.id, gone.user.id] } }, data: { teamId: team.id } });
    await work(agent.user.id, { late: false, score: 4 });

    const k = await staffKpis({ ...supervisor.actor, teamId: team.id });
    expect(k?.team?.map((r) => r.userId).sort()).toEqual([supervisor.user.id, agent.user.id].sort());
    expect(k?.team?.find((r) => r.userId === agent.user.id)?.kpis).toMatchObject({ resolved: 1, averageRating: 4 });
  });

  it("is null for staff who do not work the queue", async () => {
    for (const role of ["ADMIN", "AUDITOR"] as const) expect(await staffKpis((await makeStaff(role)).actor)).toBeNull();
  });
});
