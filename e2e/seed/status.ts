import { hash } from "@node-rs/argon2";
import { DEMO_PASSWORD } from "../../prisma/demo-data";
import { cstDayKey } from "../../lib/domain/time";
import type { PrismaClient } from "../../server/generated/prisma/client";

// For e2e/status.spec.ts: a customer of its own (no other spec uses it) with a broadband line in
// 广东省深圳市福田区, where an active broadband outage is going on, and a mobile line there that
// the outage does not affect; plus a restored outage for the history and the feed. The codes end
// in 9xx so that they never meet the demo seed's incidents.
export const STATUS_E2E = {
  customer: { name: "陈静", phone: "13800000090", email: "chen.jing@example.com" },
  broadband: "BB0900000001",
  mobile: "13800000090",
  area: "广东省深圳市福田区",
  activeTitle: "福田区光缆中断，部分宽带无法上网",
  restoredTitle: "浦东新区物联网平台短时中断",
} as const;

const HOUR = 3_600_000;

export async function seedStatusE2e(prisma: PrismaClient, now: Date) {
  const day = cstDayKey(now);
  const [bb, mobile, admin] = await Promise.all([
    prisma.plan.findUniqueOrThrow({ where: { code: "BB300" } }),
    prisma.plan.findUniqueOrThrow({ where: { code: "M58" } }),
    prisma.user.findFirstOrThrow({ where: { role: "SUPERVISOR" } }),
  ]);
  const c = STATUS_E2E.customer;
  const customer = await prisma.customer.create({
    data: { type: "PERSONAL", name: c.name, phone: c.phone, email: c.email, idNumber: "440304199105061234", realNameVerified: true, lifecycleStage: "ACTIVE", area: STATUS_E2E.area, isDemo: true },
  });
  await prisma.user.create({ data: { role: "CUSTOMER", displayName: c.name, phone: c.phone, email: c.email, passwordHash: await hash(DEMO_PASSWORD), customerId: customer.id } });
  await prisma.line.createMany({
    data: [
      { customerId: customer.id, number: STATUS_E2E.broadband, kind: "BROADBAND", planId: bb.id, status: "ACTIVE", activatedAt: new Date(now.getTime() - 300 * 24 * HOUR), area: STATUS_E2E.area, address: "广东省深圳市福田区福华路 1 号 5-502" },
      { customerId: customer.id, number: STATUS_E2E.mobile, kind: "MOBILE", planId: mobile.id, status: "ACTIVE", activatedAt: new Date(now.getTime() - 300 * 24 * HOUR), area: STATUS_E2E.area },
    ],
  });

  const started = new Date(now.getTime() - 1.5 * HOUR);
  const eta = new Date(now.getTime() + 2 * HOUR);
  const active = await prisma.incident.create({
    data: {
      code: `INC${day}901`,
      title: STATUS_E2E.activeTitle,
      titleEn: "Fibre cut in Futian: some broadband customers offline",
      summary: "市政施工挖断主干光缆，福田区部分宽带用户无法上网。抢修队伍已到场。",
      summaryEn: "Road works cut a trunk fibre; some broadband customers in Futian are offline. Repair crews are on site.",
      kind: "NETWORK",
      level: "II",
      services: ["BROADBAND"],
      areas: [STATUS_E2E.area],
      startedAt: started,
      estimatedRestoreAt: eta,
      declaredById: admin.id,
      createdAt: started,
    },
  });
  await prisma.incidentUpdate.createMany({
    data: [
      { incidentId: active.id, kind: "DECLARED", body: "发现福田区宽带中断，正在定位故障点。", bodyEn: "Broadband outage in Futian found; locating the fault.", estimatedRestoreAt: eta, authorId: admin.id, createdAt: started },
      { incidentId: active.id, kind: "UPDATE", body: "已确认为主干光缆被挖断，正在熔接 <48 芯> 光缆 & 测试。", bodyEn: "A trunk fibre was cut; splicing <48 cores> & testing.", authorId: admin.id, createdAt: new Date(now.getTime() - 0.5 * HOUR) },
    ],
  });

  const rStart = new Date(now.getTime() - 30 * HOUR);
  const rEnd = new Date(now.getTime() - 28.25 * HOUR);
  const restored = await prisma.incident.create({
    data: {
      code: `INC${cstDayKey(rStart)}902`,
      title: STATUS_E2E.restoredTitle,
      titleEn: "IoT platform briefly down in Pudong",
      summary: "物联网平台接入网关故障，浦东新区部分终端无法上报数据。",
      summaryEn: "An access gateway of the IoT platform failed; some devices in Pudong could not report data.",
      kind: "BUSINESS",
      level: "III",
      services: ["IOT"],
      areas: ["上海市浦东新区"],
      status: "RESTORED",
      startedAt: rStart,
      estimatedRestoreAt: new Date(rStart.getTime() + 2 * HOUR),
      restoredAt: rEnd,
      declaredById: admin.id,
      createdAt: rStart,
    },
  });
  await prisma.incidentUpdate.createMany({
    data: [
      { incidentId: restored.id, kind: "DECLARED", body: "物联网接入网关故障，正在切换备用网关。", bodyEn: "IoT access gateway failed; switching to the standby.", authorId: admin.id, createdAt: rStart },
      { incidentId: restored.id, kind: "RESTORED", body: "已切换至备用网关，业务全部恢复。", bodyEn: "Switched to the standby gateway; service fully restored.", authorId: admin.id, createdAt: rEnd },
    ],
  });
}
