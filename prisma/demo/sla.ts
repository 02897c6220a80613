import { CN_STANDARD, CN_STANDARD_CODE, CN_STANDARD_DAYS } from "../../lib/domain/cn-calendar";
import { DEFAULT_POLICIES, policyToColumns } from "../../lib/domain/sla-policy";
import type { DemoContext } from "./context";

// The SLA engine's configuration as migration 20261128200000_sla_defaults writes it (the seed
// empties every table first): the CN-STANDARD calendar with the 2026 holidays and make-up days,
// and version 1 of every type's policy. Every demo request is then linked to its type's version 1,
// as if created under it (their deadlines were computed from the same built-in defaults).
export async function seedSla({ prisma }: DemoContext) {
  const calendar = await prisma.businessCalendar.create({
    data: {
      code: CN_STANDARD_CODE,
      name: "中国工作日（法定节假日与调休）",
      nameEn: "China working days (public holidays and make-up days)",
      timeZone: CN_STANDARD.timeZone,
      workdays: [...CN_STANDARD.workdays],
      dayStartMin: CN_STANDARD.dayStartMin,
      dayEndMin: CN_STANDARD.dayEndMin,
      days: { create: CN_STANDARD_DAYS.map((d) => ({ ...d })) },
    },
  });
  for (const p of Object.values(DEFAULT_POLICIES)) {
    const policy = await prisma.slaPolicy.create({
      data: { type: p.type, version: 1, ...policyToColumns(p), calendarId: calendar.id, note: "Built-in defaults (R1.4, R2.1, R3.2)" },
    });
    await prisma.serviceRequest.updateMany({ where: { type: p.type, slaPolicyId: null }, data: { slaPolicyId: policy.id } });
  }
}
