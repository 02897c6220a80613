// Test data for remedies: rules, commitments and proposals, written straight to the database.
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import type { CommitmentMeasure, RemedyKind } from "@/lib/domain/remedies";

/** A remedy rule for a measure: a CNY 5 credit unless told otherwise. */
export function makeRemedyRule(measure: CommitmentMeasure, overrides: Partial<{ kind: RemedyKind; amountFen: number; waiverDays: number; active: boolean; code: string }> = {}) {
  return db.remedyRule.create({
    data: {
      code: overrides.code ?? `${measure}-${randomUUID().slice(0, 6).toUpperCase()}`,
      measure,
      kind: overrides.kind ?? "CREDIT",
      amountFen: overrides.amountFen ?? 500,
      waiverDays: overrides.waiverDays ?? 0,
      title: `规则 ${measure}`,
      titleEn: `Rule ${measure}`,
      active: overrides.active ?? true,
    },
  });
}

/** A published commitment version for a measure. */
export function makeCommitment(measure: CommitmentMeasure, targetMinutes: number, version = 1) {
  return db.commitment.create({
    data: { measure, version, targetMinutes, title: measure, titleEn: measure, statement: "承诺", statementEn: "Promise", exclusions: "无", exclusionsEn: "None", publishedAt: new Date("2026-11-01T00:00:00Z") },
  });
}

/** A proposed remedy for the customer's line (optionally for a request), CNY 5 by default. */
export async function makeRemedy(owner: { customer: { id: string }; line: { id: string } }, options: Partial<{ requestId: string; amountFen: number; measure: CommitmentMeasure; reason: string; status: "PROPOSED" | "APPROVED" | "REJECTED" }> = {}) {
  const measure = options.measure ?? "ACCEPT";
  const rule = await makeRemedyRule(measure);
  return db.remedy.create({
    data: {
      dedupeKey: `test:${randomUUID()}`,
      ruleId: rule.id,
      measure,
      kind: "CREDIT",
      amountFen: options.amountFen ?? 500,
      customerId: owner.customer.id,
      lineId: owner.line.id,
      requestId: options.requestId ?? null,
      reason: options.reason ?? "申请未在 24 小时内受理",
      reasonEn: "The request was not accepted within 24 hours",
      status: options.status ?? "PROPOSED",
    },
  });
}
