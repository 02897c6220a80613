import { describe, expect, it } from "vitest";
import { makeCustomer, makeRequest } from "@/prisma/test/factories";
import { db } from "../db";
import { computeMetric, metricSeries } from "./metrics";

const DAY = 86_400_000;
const period = { from: new Date(Date.now() - 30 * DAY), to: new Date(Date.now() + DAY) };

async function resolved(owner: Awaited<ReturnType<typeof makeCustomer>>, options: { late?: boolean; score?: number; events?: string[]; type?: "COMPLAINT" | "FAULT_REPAIR" } = {}) {
  const at = new Date(Date.now() - 2 * DAY);
  const request = await makeRequest(owner, { type: options.type, status: "RESOLVED", createdAt: new Date(at.getTime() - DAY), resolveBy: new Date(at.getTime() + (options.late ? -3_600_000 : 3_600_000)) });
  await db.serviceRequest.update({ where: { id: request.id }, data: { resolvedAt: at } });
  for (const kind of options.events ?? []) await db.requestEvent.create({ data: { requestId: request.id, kind, createdAt: at } });
  if (options.score) await db.rating.create({ data: { requestId: request.id, customerId: owner.customer.id, score: options.score, reasons: [] } });
  return request;
}

describe("computeMetric", () => {
  it("computes CSAT, SLA met, first-contact resolution and reopen rate from the same requests", async () => {
    const owner = await makeCustomer();
    await resolved(owner, { score: 5 });
    await resolved(owner, { score: 4, late: true, events: ["handedOver"] });
    await resolved(owner, { score: 2, events: ["reopen"] });
    await resolved(owner, { late: true });
    // CSAT: 5, 4, 2 → 2 of 3
    expect(await computeMetric("csat", {}, period)).toEqual({ value: 66.7, count: 3 });
    // SLA: 2 of 4 on time
    expect(await computeMetric("slaMet", {}, period)).toEqual({ value: 50, count: 4 });
    // FCR: the handed-over and the reopened one are not first-contact → 2 of 4
    expect(await computeMetric("fcr", {}, period)).toEqual({ value: 50, count: 4 });
    expect(await computeMetric("reopenRate", {}, period)).toEqual({ value: 25, count: 4 });
  });

  it("narrows complaints by category, area prefix and plan", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    await db.line.update({ where: { id: b.line.id }, data: { area: "上海市徐汇区" } });
    const billing = await makeRequest(a, { type: "COMPLAINT" });
    await db.serviceRequest.update({ where: { id: billing.id }, data: { details: { category: "BILLING" } } });
    const network = await makeRequest(b, { type: "COMPLAINT" });
    await db.serviceRequest.update({ where: { id: network.id }, data: { details: { category: "NETWORK_QUALITY" } } });
    await makeRequest(a, { type: "FAULT_REPAIR" });
    const plan = await db.line.findUniqueOrThrow({ where: { id: a.line.id }, select: { plan: { select: { code: true } } } });
    expect(await computeMetric("complaints", {}, period)).toEqual({ value: 2, count: 2 });
    expect(await computeMetric("complaints", { category: "BILLING" }, period)).toEqual({ value: 1, count: 1 });
    expect(await computeMetric("complaints", { area: "上海市" }, period)).toEqual({ value: 1, count: 1 });
    expect(await computeMetric("complaints", { planCode: plan.plan.code }, period)).toEqual({ value: 1, count: 1 });
    expect(await computeMetric("complaints", { area: "广东省" }, period)).toEqual({ value: 0, count: 0 });
  });

  it("computes NPS and CSI from survey answers, by the customer's area", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const c = await makeCustomer();
    await db.customer.update({ where: { id: c.customer.id }, data: { area: "上海市" } });
    const now = new Date();
    const wave = await db.surveyWave.create({ data: { code: "NPS-T", kind: "NPS", title: "t", titleEn: "t", startsAt: new Date(now.getTime() - DAY), endsAt: new Date(now.getTime() + DAY) } });
    const csiWave = await db.surveyWave.create({ data: { code: "CSI-T", kind: "CSI", title: "t", titleEn: "t", startsAt: new Date(now.getTime() - DAY), endsAt: new Date(now.getTime() + DAY) } });
    await db.surveyResponse.createMany({
      data: [
        { waveId: wave.id, customerId: a.customer.id, score: 10 },
        { waveId: wave.id, customerId: b.customer.id, score: 3 },
        { waveId: wave.id, customerId: c.customer.id, score: 9 },
        { waveId: csiWave.id, customerId: a.customer.id, score: 80 },
        { waveId: csiWave.id, customerId: b.customer.id, score: 60 },
      ],
    });
    // 10, 3, 9 → (2 − 1) / 3 = 33
    expect(await computeMetric("nps", {}, period)).toEqual({ value: 33, count: 3 });
    expect(await computeMetric("nps", { area: "上海市" }, period)).toEqual({ value: 100, count: 1 });
    expect(await computeMetric("csi", {}, period)).toEqual({ value: 70, count: 2 });
  });

  it("gives a month-by-month series", async () => {
    const owner = await makeCustomer();
    await resolved(owner, { type: "COMPLAINT" });
    const series = await metricSeries("complaints", {}, { from: new Date(Date.now() - 70 * DAY), to: new Date(Date.now() + 1000) });
    expect(series.length).toBeGreaterThanOrEqual(3);
    expect(series.reduce((n, s) => n + (s.value ?? 0), 0)).toBe(1);
  });
});
