// Test data builders on the app's own Prisma client. Each call makes unique phones and numbers.
import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { CustomerActor, StaffActor } from "@/server/actor";
import { db } from "@/server/db";
import type { ComplaintStage, CustomerType, RequestStatus, RequestType, StaffRole } from "@/lib/domain/roles";
import type { BusinessChangeInput, ConsultationInput, FaultRepairInput, ServiceOpeningInput } from "@/lib/schemas/request-create";

export const TEST_PASSWORD = "Test1234";
let counter = 0;
const next = () => ++counter;
let passwordHash: Promise<string> | undefined;
const testHash = () => (passwordHash ??= hash(TEST_PASSWORD));

export async function makePlan(kind: "MOBILE" | "BROADBAND" | "IOT" | "CLOUD" = "MOBILE") {
  const n = next();
  return db.plan.create({ data: { code: `P${n}-${randomUUID().slice(0, 6).toUpperCase()}`, name: `套餐 ${n}`, nameEn: `Plan ${n}`, kind, monthlyFeeFen: 5800 } });
}

/** A customer with a sign-in account and one active mobile line. */
export async function makeCustomer(options: { type?: CustomerType; name?: string } = {}) {
  const n = next();
  const phone = `139${String(Date.now() % 1e4).padStart(4, "0")}${String(n).padStart(4, "0")}`;
  const plan = await makePlan();
  const customer = await db.customer.create({
    data: { type: options.type ?? "PERSONAL", name: options.name ?? `客户${n}`, phone, idNumber: `11010519900307${String(1000 + n).slice(-4)}`, area: "北京", email: `c${n}@example.com` },
  });
  const user = await db.user.create({
    data: { role: "CUSTOMER", displayName: customer.name, phone, email: `c${n}-${randomUUID().slice(0, 4)}@example.com`, passwordHash: await testHash(), customerId: customer.id },
  });
  const line = await db.line.create({ data: { customerId: customer.id, number: phone, kind: "MOBILE", planId: plan.id, area: "北京", activatedAt: new Date() } });
  const actor: CustomerActor = { kind: "customer", userId: user.id, role: "CUSTOMER", customerId: customer.id, displayName: customer.name };
  return { customer, user, line, actor };
}

export async function makeStaff(role: StaffRole, options: { disabled?: boolean } = {}) {
  const n = next();
  const user = await db.user.create({
    data: { role, displayName: `员工${n}`, email: `staff${n}-${randomUUID().slice(0, 6)}@example.com`, passwordHash: await testHash(), disabled: options.disabled ?? false },
  });
  const actor: StaffActor = { kind: "staff", userId: user.id, role, teamId: null, displayName: user.displayName };
  return { user, actor };
}

/** A datetime-local or date value in China Standard Time, `hours` from now. */
const cst = (hours: number) => new Date(Date.now() + hours * 3_600_000 + 8 * 3_600_000).toISOString();

/** A valid fault-report input for one of the customer's lines. */
export function faultInput(lineId: string, overrides: Partial<FaultRepairInput> = {}): FaultRepairInput {
  return {
    type: "FAULT_REPAIR",
    lineId,
    symptom: "NO_SIGNAL",
    since: cst(-1).slice(0, 16),
    description: "家里和公司都没有信号，重启无效。",
    contactPhone: "13912345678",
    reachable: "ANYTIME",
    allowDuplicate: false,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

/** A valid service-opening input: broadband at an address, the last window three days ahead. */
export function openingInput(overrides: Partial<ServiceOpeningInput> = {}): ServiceOpeningInput {
  return {
    type: "SERVICE_OPENING",
    serviceKind: "BROADBAND",
    address: "北京市朝阳区望京街 8 号 3-1201",
    preferredDate: cst(72).slice(0, 10),
    window: "W18_21",
    contactPhone: "13912345678",
    notes: "",
    allowDuplicate: false,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

/** A valid business-change input: the add-on 国际漫游 on a mobile line. */
export function changeInput(lineId: string, overrides: Partial<BusinessChangeInput> = {}): BusinessChangeInput {
  return {
    type: "BUSINESS_CHANGE",
    lineId,
    changeKind: "ADD_ON",
    newAddress: "",
    effectiveDate: "",
    addOn: "INTL_ROAMING",
    newContactName: "",
    newContactPhone: "",
    description: "",
    allowDuplicate: false,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

/** A valid consultation input, about no particular line. */
export function consultationInput(overrides: Partial<ConsultationInput> = {}): ConsultationInput {
  return {
    type: "CONSULTATION",
    lineId: "",
    topic: "BILLING",
    question: "本月话费比上月多了 30 元，想知道是哪一项收费。",
    allowDuplicate: false,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

type RequestOwner = Awaited<ReturnType<typeof makeCustomer>>;
let srnCounter = 0;

/**
 * A fault request written straight to the database (for reads and queues), with an SRN on a
 * fixed past day so that it never collides with the SRNs createRequest hands out today.
 */
export async function makeRequest(
  owner: RequestOwner,
  overrides: Partial<{
    type: RequestType;
    status: RequestStatus;
    createdAt: Date;
    acceptBy: Date;
    acceptedAt: Date | null;
    respondBy: Date | null;
    resolveBy: Date | null;
    clockPausedAt: Date | null;
    level: number;
    version: number;
    ownerId: string | null;
    complaintStage: ComplaintStage | null;
  }> = {},
) {
  const createdAt = overrides.createdAt ?? new Date();
  const srn = `SR20200101${String(++srnCounter).padStart(6, "0")}`;
  return db.serviceRequest.create({
    data: {
      srn,
      type: overrides.type ?? "FAULT_REPAIR",
      status: overrides.status ?? "SUBMITTED",
      level: overrides.level ?? 2,
      customerId: owner.customer.id,
      lineId: owner.line.id,
      title: "NO_SIGNAL",
      description: "家里和公司都没有信号，重启无效。",
      details: { symptom: "NO_SIGNAL", contactPhone: owner.customer.phone },
      createdById: owner.user.id,
      createdAt,
      acceptBy: overrides.acceptBy ?? new Date(createdAt.getTime() + 24 * 3_600_000),
      acceptedAt: overrides.acceptedAt ?? null,
      respondBy: overrides.respondBy === undefined ? new Date(createdAt.getTime() + 2 * 3_600_000) : overrides.respondBy,
      resolveBy: overrides.resolveBy ?? null,
      clockPausedAt: overrides.clockPausedAt ?? null,
      ownerId: overrides.ownerId ?? null,
      complaintStage: overrides.complaintStage ?? null,
      version: overrides.version ?? 1,
      events: { create: { kind: "created", visibility: "CUSTOMER", actorId: owner.user.id, toStatus: "SUBMITTED", createdAt } },
    },
  });
}
