import { z } from "zod";
import { CUSTOMER_TYPES, type CustomerType } from "../domain/roles";
import { normalizeSrn } from "../domain/srn";
import { createComplaintSchema } from "./complaint";
import { idSchema } from "./common";
import { createRequestSchema } from "./request-create";

// Customer 360 (R4.1): finding a customer, and a request entered by staff on the customer's
// behalf (R2.1: by phone or at the counter). The request's own fields use the very schemas of the
// customer's forms; only who it is for and the channel are added here.

/** R4.1 lifecycle stages (mirrors the Prisma enum; server/enum-parity.test.ts keeps them equal). */
export const LIFECYCLE_STAGES = ["NEW", "ACTIVE", "AT_RISK", "CHURNED"] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** The channels staff enter requests through; WEB and APP are the customer's own. */
export const STAFF_CHANNELS = ["PHONE", "COUNTER"] as const;
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

/** The types staff take on a customer's behalf (plan changes and terminations have their own flows). */
export const ON_BEHALF_TYPES = ["SERVICE_OPENING", "FAULT_REPAIR", "BUSINESS_CHANGE", "CONSULTATION", "COMPLAINT"] as const;
export type OnBehalfType = (typeof ON_BEHALF_TYPES)[number];

export type CustomerSearchTerm =
  | { kind: "srn"; srn: string }
  | { kind: "phone"; phone: string }
  | { kind: "phoneTail"; digits: string }
  | { kind: "text"; text: string };

/**
 * What the search box means: an SRN, a full mainland mobile number (the contact phone or a
 * mobile line), the last four digits of a phone, or else a name or line/account number.
 */
export function parseCustomerSearch(raw: string): CustomerSearchTerm | null {
  const text = raw.trim();
  if (!text || text.length > 50) return null;
  const srn = normalizeSrn(text);
  if (srn) return { kind: "srn", srn };
  const compact = text.replace(/[\s-]/g, "");
  if (/^1[3-9]\d{9}$/.test(compact)) return { kind: "phone", phone: compact };
  if (/^\d{4}$/.test(compact)) return { kind: "phoneTail", digits: compact };
  if (text.length < 2) return null;
  return { kind: "text", text };
}

export type CustomerFilter = {
  q?: string;
  type?: CustomerType;
  stage?: LifecycleStage;
  /** The opaque keyset cursor of the next page. */
  after?: string;
};

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** Reads the search page's URL; `invalid` names the parameters that were dropped (nothing throws). */
export function parseCustomerParams(params: Params): { filter: CustomerFilter; invalid: string[] } {
  const filter: CustomerFilter = {};
  const invalid: string[] = [];
  const q = one(params.q);
  if (q) {
    if (parseCustomerSearch(q)) filter.q = q;
    else invalid.push("q");
  }
  const type = one(params.type);
  if (type) {
    if ((CUSTOMER_TYPES as readonly string[]).includes(type)) filter.type = type as CustomerType;
    else invalid.push("type");
  }
  const stage = one(params.stage);
  if (stage) {
    if ((LIFECYCLE_STAGES as readonly string[]).includes(stage)) filter.stage = stage as LifecycleStage;
    else invalid.push("stage");
  }
  const after = one(params.after);
  if (after) {
    if (/^[A-Za-z0-9_-]{1,400}$/.test(after)) filter.after = after;
    else invalid.push("after");
  }
  return { filter, invalid };
}

/** The URL query of a filter (a shared view is a link); `after` only when given. */
export function customerQuery(filter: CustomerFilter): string {
  const out = new URLSearchParams();
  if (filter.q) out.set("q", filter.q);
  if (filter.type) out.set("type", filter.type);
  if (filter.stage) out.set("stage", filter.stage);
  if (filter.after) out.set("after", filter.after);
  const s = out.toString();
  return s ? `?${s}` : "";
}

/** Who the request is for and how it came in; added to the customer form's own schema. */
const onBehalf = z.object({
  customerId: idSchema,
  channel: z.enum(STAFF_CHANNELS, "validation.choose"),
});

/** 代客提交: the customer form's union on `type`, for a customer, by phone or at the counter. */
export const createRequestOnBehalfSchema = z.intersection(onBehalf, createRequestSchema);
export type CreateRequestOnBehalfInput = z.infer<typeof createRequestOnBehalfSchema>;

/** 代客投诉: the complaint form's schema, for a customer, by phone or at the counter. */
export const createComplaintOnBehalfSchema = z.intersection(onBehalf, createComplaintSchema);
export type CreateComplaintOnBehalfInput = z.infer<typeof createComplaintOnBehalfSchema>;
