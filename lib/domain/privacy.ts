// The privacy centre's rules as data (PIPL arts. 14–17, 44–47, 50): which personal data we hold
// by category, why, on what legal basis, how long it is kept, which tables hold it, and what a
// deletion request can erase. The centre's table, the data export and the deletion procedure all
// read this one list, so what we tell customers and what we do cannot drift apart.

/** PIPL art. 13: the legal bases we rely on. */
export const LEGAL_BASES = ["contract", "legalObligation", "consent"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * How long a category is kept, from when:
 * - afterServiceEnd: for as long as the customer has service, then `months` after it ends;
 * - afterClosed: `months` after the record is closed (a request, a privacy request);
 * - afterCreated: `months` after the record was written (logs, usage, messages, archives).
 */
export type Retention = { from: "afterServiceEnd" | "afterClosed" | "afterCreated"; months: number };

/**
 * What a deletion request (PIPL art. 47) does to a category:
 * - keep: nothing; a law or the running contract requires the data (the reason is shown);
 * - delete: the records are deleted;
 * - anonymise: free text the customer wrote is removed, the scores stay (they feed statistics);
 * - withdraw: consents that are not needed for the service are withdrawn (a new record);
 * - expired: only records past their retention period are deleted, the rest stays until then.
 */
export type Erasure = "keep" | "delete" | "anonymise" | "withdraw" | "expired";

export type DataCategory = {
  key: string;
  basis: readonly LegalBasis[];
  retention: Retention;
  erasure: Erasure;
  /** The Prisma models that hold this category (a model may hold several categories). */
  tables: readonly string[];
};

export const DATA_CATEGORIES = [
  // 工信部令第25号 (real-name registration): identity data for the life of the service + 2 years.
  { key: "identity", basis: ["legalObligation"], retention: { from: "afterServiceEnd", months: 24 }, erasure: "keep", tables: ["Customer"] },
  // The phone number is the sign-in identifier and bound to the real-name record.
  { key: "contact", basis: ["contract", "legalObligation"], retention: { from: "afterServiceEnd", months: 24 }, erasure: "keep", tables: ["User", "Customer"] },
  // R2.5: the service record of a terminated line is archived for 5 years.
  { key: "lines", basis: ["contract"], retention: { from: "afterServiceEnd", months: 60 }, erasure: "keep", tables: ["Line", "PlanChange"] },
  // Operator contracts: raw billing data (call and data records) kept 5 months.
  { key: "usage", basis: ["contract"], retention: { from: "afterCreated", months: 5 }, erasure: "expired", tables: ["UsageRecord"] },
  { key: "bills", basis: ["contract", "legalObligation"], retention: { from: "afterServiceEnd", months: 60 }, erasure: "keep", tables: ["Bill", "BillItem", "Remedy"] },
  // R2.2: consultation records ≥ 3 years; we keep every request type (and complaints) as long.
  { key: "requests", basis: ["contract", "legalObligation"], retention: { from: "afterClosed", months: 36 }, erasure: "expired", tables: ["ServiceRequest", "RequestEvent", "FollowUp", "ChurnScore", "WinBackTask"] },
  { key: "feedback", basis: ["consent"], retention: { from: "afterCreated", months: 36 }, erasure: "anonymise", tables: ["Rating", "SurveyResponse"] },
  { key: "notifications", basis: ["contract"], retention: { from: "afterCreated", months: 12 }, erasure: "delete", tables: ["Notification", "StatusSubscription", "SurveyInvitation"] },
  // The proof of consent (PIPL art. 14) outlives the account by the civil limitation period (3 years).
  { key: "consents", basis: ["legalObligation", "consent"], retention: { from: "afterServiceEnd", months: 36 }, erasure: "withdraw", tables: ["Consent"] },
  { key: "privacyRequests", basis: ["legalObligation"], retention: { from: "afterClosed", months: 36 }, erasure: "keep", tables: ["PrivacyRequest"] },
  // R2.5: termination archives ≥ 5 years.
  { key: "archives", basis: ["legalObligation"], retention: { from: "afterCreated", months: 60 }, erasure: "keep", tables: ["ServiceArchive"] },
  // Cybersecurity Law art. 21: network and sign-in logs ≥ 6 months.
  { key: "logs", basis: ["legalObligation"], retention: { from: "afterCreated", months: 6 }, erasure: "expired", tables: ["AuditLog", "OneTimeCode"] },
] as const satisfies readonly DataCategory[];

export type DataCategoryKey = (typeof DATA_CATEGORIES)[number]["key"];
export const DATA_CATEGORY_KEYS = DATA_CATEGORIES.map((c) => c.key) as DataCategoryKey[];

export function dataCategory(key: DataCategoryKey): DataCategory {
  return DATA_CATEGORIES.find((c) => c.key === key)!;
}

/** Every table that holds personal data of a customer, by the categories above. */
export function categoryTables(): string[] {
  return [...new Set(DATA_CATEGORIES.flatMap((c) => c.tables))].sort();
}

/** The categories a deletion request can act on (everything not kept), in table order. */
export type ErasableCategory = Extract<(typeof DATA_CATEGORIES)[number], { erasure: Exclude<Erasure, "keep"> }>["key"];
export const ERASABLE_CATEGORIES = DATA_CATEGORIES.filter((c) => c.erasure !== "keep").map((c) => c.key) as [ErasableCategory, ...ErasableCategory[]];

/** The instant `months` calendar months before `now`: records older than this are past retention. */
export function retentionCutoff(months: number, now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** Retention as whole years when it is a multiple of 12 months, else months (for display). */
export function retentionPeriod(months: number): { unit: "years" | "months"; count: number } {
  return months % 12 === 0 ? { unit: "years", count: months / 12 } : { unit: "months", count: months };
}

// ---------------------------------------------------------------------------------------------
// Consents (PIPL arts. 14–16): an append-only history; the current state of a kind is its latest row.

export const CONSENT_KINDS = ["PRIVACY_NOTICE", "MARKETING_SMS", "MARKETING_EMAIL"] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
/** Optional consents: the service never depends on them (PIPL art. 16). */
export const MARKETING_KINDS = ["MARKETING_SMS", "MARKETING_EMAIL"] as const;
export type MarketingKind = (typeof MARKETING_KINDS)[number];

export type ConsentRecord = { kind: string; granted: boolean; noticeVersion: string | null; source: string; createdAt: Date; id?: string };

/** The latest record of each kind (null when never asked). Ties on time go to the later row in the list. */
export function currentConsents<T extends ConsentRecord>(history: readonly T[]): Record<ConsentKind, T | null> {
  const out: Record<ConsentKind, T | null> = { PRIVACY_NOTICE: null, MARKETING_SMS: null, MARKETING_EMAIL: null };
  for (const row of history) {
    if (!(CONSENT_KINDS as readonly string[]).includes(row.kind)) continue;
    const kind = row.kind as ConsentKind;
    const seen = out[kind];
    if (!seen || row.createdAt.getTime() >= seen.createdAt.getTime()) out[kind] = row;
  }
  return out;
}

/** True when the latest consent to the notice is to `version` (the current one). */
export function acceptedNotice(current: ConsentRecord | null, version: string | null): boolean {
  return !!current && current.granted && !!version && current.noticeVersion === version;
}

// ---------------------------------------------------------------------------------------------
// Privacy requests (PIPL art. 50): a convenient way to ask, a deadline, and reasons for a refusal.

export const PRIVACY_REQUEST_KINDS = ["DELETION", "CORRECTION", "OTHER"] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];
export const PRIVACY_REQUEST_STATUSES = ["OPEN", "COMPLETED", "REFUSED"] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];

/**
 * A privacy request is answered within 15 calendar days. PIPL art. 50 asks for a convenient
 * mechanism and timely handling without naming a period; the MIIT/CAC rules for apps
 * (《App违法违规收集使用个人信息行为认定方法》) cap the promised time at 15 working days, and
 * GB/T 35273—2020 allows 30 days. 15 calendar days is shorter than both and matches the 15 days
 * the operator promises for complaints, so customers meet one period for both.
 */
export const PRIVACY_REQUEST_DUE_DAYS = 15;

export function privacyRequestDueAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + PRIVACY_REQUEST_DUE_DAYS * 24 * 3_600_000);
}

export function privacyRequestOverdue(request: { status: string; dueAt: Date }, now: Date): boolean {
  return request.status === "OPEN" && request.dueAt.getTime() < now.getTime();
}
