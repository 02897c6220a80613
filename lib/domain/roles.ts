// Mirrors the Prisma enums (lib/ must not import the database client); an integration test
// checks that the two lists stay equal.
export const ROLES = ["CUSTOMER", "AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "ADMIN", "AUDITOR"] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = Exclude<Role, "CUSTOMER">;
export const STAFF_ROLES = ROLES.filter((r): r is StaffRole => r !== "CUSTOMER");

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

export const REQUEST_TYPES = [
  "SERVICE_OPENING",
  "FAULT_REPAIR",
  "BUSINESS_CHANGE",
  "PLAN_CHANGE",
  "CONSULTATION",
  "COMPLAINT",
  "TERMINATION",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = [
  "SUBMITTED",
  "ACCEPTED",
  "IN_PROGRESS",
  "AWAITING_INFO",
  "RESOLVED",
  "CLOSED",
  "RETURNED",
  "WITHDRAWN",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const SERVICE_KINDS = ["MOBILE", "BROADBAND", "IOT", "CLOUD"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const CUSTOMER_TYPES = ["PERSONAL", "ENTERPRISE", "GOVERNMENT"] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const CHANNELS = ["WEB", "APP", "PHONE", "COUNTER"] as const;
export type Channel = (typeof CHANNELS)[number];

/** 投诉 stages within 处理中: 调查 → 处理 → 反馈 (lib/domain/complaints.ts). */
export const COMPLAINT_STAGES = ["INVESTIGATION", "REMEDY", "FEEDBACK"] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];
