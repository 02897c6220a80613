// Test data for terminations: bills written straight to the Bill table (the termination DAL reads
// it directly), a line set up for the wizard, and the code texted to a user, read from its SMS row.
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import type { ConfirmTerminationInput } from "@/lib/schemas/termination";
import type { makeCustomer } from "./factories";

type Owner = Awaited<ReturnType<typeof makeCustomer>>;
const DAY = 86_400_000;
let months = 0;

/** A bill on the owner's line, due in five days unless told otherwise; each call a new month. */
export async function makeBill(owner: Owner, o: Partial<{ status: "DUE" | "PAID" | "OVERDUE"; totalFen: number; dueAt: Date; month: string }> = {}) {
  const n = ++months;
  const totalFen = o.totalFen ?? 5800;
  return db.bill.create({
    data: {
      lineId: owner.line.id,
      customerId: owner.customer.id,
      month: o.month ?? `20${String(10 + Math.floor(n / 12)).padStart(2, "0")}-${String((n % 12) + 1).padStart(2, "0")}`,
      totalFen,
      status: o.status ?? "DUE",
      issuedAt: new Date(Date.now() - 10 * DAY),
      dueAt: o.dueAt ?? new Date(Date.now() + 5 * DAY),
      items: { create: { kind: "PLAN_FEE", label: "套餐月费", labelEn: "Plan fee", amountFen: totalFen } },
    },
  });
}

/** The owner's line as the demo's 13800000014: 300 days old, balance 23.80, deposit 50.00, one add-on, M19 fee. */
export async function readyLine(owner: Owner, o: Partial<{ activatedAt: Date; lockInEndsAt: Date | null; balanceFen: number; depositFen: number; addOns: string[]; status: "ACTIVE" | "SUSPENDED" | "PENDING" }> = {}) {
  await db.plan.update({ where: { id: owner.line.planId }, data: { monthlyFeeFen: 1900 } });
  return db.line.update({
    where: { id: owner.line.id },
    data: { activatedAt: new Date(Date.now() - 300 * DAY), balanceFen: 2380, depositFen: 5000, addOns: ["RINGBACK_TONE"], ...o },
  });
}

/** The newest code texted to the user for the purpose (read from the SMS row, as a person reads it). */
export async function textedCode(userId: string): Promise<string> {
  const sms = await db.notification.findFirstOrThrow({ where: { recipientId: userId, template: "termination.code" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return (sms.payload as { code: string }).code;
}

export function confirmInput(lineId: string, code: string, o: Partial<ConfirmTerminationInput> = {}): ConfirmTerminationInput {
  return { lineId, reason: "NO_LONGER_NEEDED", note: "", acknowledged: true, code, idempotencyKey: randomUUID(), ...o };
}

/** A code that is not `code`. */
export const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
