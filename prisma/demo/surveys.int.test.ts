import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { computeMetric } from "@/server/dal/metrics";
import { getWave } from "@/server/dal/survey-waves";
import { getSurvey } from "@/server/dal/surveys";
import type { CustomerActor, StaffActor } from "@/server/actor";
import { runSeed } from "../seed";

const now = new Date("2026-11-28T06:00:00Z");

async function customer(phone: string): Promise<CustomerActor> {
  const user = await db.user.findFirstOrThrow({ where: { phone }, select: { id: true, customerId: true, displayName: true } });
  return { kind: "customer", userId: user.id, role: "CUSTOMER", customerId: user.customerId!, displayName: user.displayName };
}

describe("survey demo data", () => {
  it("has last quarter's closed CSI wave sent to personal and enterprise customers in Beijing, answered by both; the NPS wave stays open to all", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now });
    const quality = await db.user.findFirstOrThrow({ where: { role: "QUALITY_MANAGER" } });
    const qm: StaffActor = { kind: "staff", userId: quality.id, role: "QUALITY_MANAGER", teamId: null, displayName: quality.displayName };
    const wave = await getWave(qm, "CSI-2026Q3");
    expect(wave).toMatchObject({ status: "CLOSED", kind: "CSI", cadence: "QUARTERLY", invitedCount: 2, createdBy: { displayName: "质检 孙丽" } });
    const invited = await db.surveyInvitation.findMany({ select: { customer: { select: { name: true } } }, orderBy: { customer: { name: "asc" } } });
    expect(invited.map((i) => i.customer.name).sort()).toEqual(["张伟", "星河科技有限公司"]);
    // 张伟 (4, 3, 5, 4) → 75; 星河科技 (5, 4, 4, 3) → 80; weights 4, 2, 2, 2.
    expect(wave?.results).toMatchObject({ answered: 2, responseRate: 100, result: { value: 77.5, count: 2 } });
    // The reports' CSI for that quarter is the same figure.
    expect(await computeMetric("csi", {}, { from: new Date("2026-06-30T16:00:00Z"), to: new Date("2026-09-30T16:00:00Z") })).toEqual({ value: 77.5, count: 2 });
    // 李娜 (Shanghai) was not invited to the CSI wave, and still answers the NPS wave (rating.spec).
    const li = await customer("13800000002");
    expect(await getSurvey(li, "CSI-2026Q3")).toBeNull();
    expect(await getSurvey(li, "NPS-2026Q4")).toMatchObject({ kind: "NPS", status: "SENT", response: null });
    const zhang = await customer("13800000001");
    expect(await getSurvey(zhang, "CSI-2026Q3")).toMatchObject({ status: "CLOSED", response: { score: 75 } });
  });
});
