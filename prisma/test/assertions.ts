// Checks shared by the integration tests: what a DAL result must not contain, and what was written.
import { expect } from "vitest";
import { db } from "@/server/db";

const SECRET_KEYS = ["passwordHash", "idNumber", "sessionVersion", "idempotencyKey"];

/** Fails when `value` has a secret field anywhere, or contains one of `phones` unmasked. */
export function expectNoSecrets(value: unknown, phones: string[] = []) {
  const keys: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object" && !(v instanceof Date)) {
      for (const [k, child] of Object.entries(v)) {
        keys.push(k);
        walk(child);
      }
    }
  };
  walk(value);
  expect(keys.filter((k) => SECRET_KEYS.includes(k)), "secret fields").toEqual([]);
  const json = JSON.stringify(value);
  for (const phone of phones) expect(json, "unmasked phone").not.toContain(phone);
}

/** How many rows the tables a write may touch hold, to show that nothing was written. */
export async function rowCounts() {
  const [requests, events, audits, notifications, srnCounters, customers, users] = await Promise.all([
    db.serviceRequest.count(),
    db.requestEvent.count(),
    db.auditLog.count(),
    db.notification.count(),
    db.srnCounter.count(),
    db.customer.count(),
    db.user.count(),
  ]);
  return { requests, events, audits, notifications, srnCounters, customers, users };
}

export function auditRows(action: string) {
  return db.auditLog.findMany({ where: { action }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** Runs `fn` and returns the error it rejects with (fails when it resolves). */
export async function rejectionOf(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
