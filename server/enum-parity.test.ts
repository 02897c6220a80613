import { describe, expect, it } from "vitest";
import { CHANNELS, COMPLAINT_STAGES, CUSTOMER_TYPES, REQUEST_STATUSES, REQUEST_TYPES, ROLES, SERVICE_KINDS } from "@/lib/domain/roles";
import { LIFECYCLE_STAGES } from "@/lib/schemas/customer-360";
import { Channel, ComplaintStage, CustomerType, LifecycleStage, RequestStatus, RequestType, Role, ServiceKind } from "./generated/prisma/enums";

// lib/ may not import the database client, so it mirrors the Prisma enums; they must stay equal.
describe("lib/domain/roles.ts mirrors the Prisma enums", () => {
  it.each([
    ["ROLES", ROLES, Role],
    ["REQUEST_TYPES", REQUEST_TYPES, RequestType],
    ["REQUEST_STATUSES", REQUEST_STATUSES, RequestStatus],
    ["SERVICE_KINDS", SERVICE_KINDS, ServiceKind],
    ["CUSTOMER_TYPES", CUSTOMER_TYPES, CustomerType],
    ["CHANNELS", CHANNELS, Channel],
    ["COMPLAINT_STAGES", COMPLAINT_STAGES, ComplaintStage],
    ["LIFECYCLE_STAGES (lib/schemas/customer-360.ts)", LIFECYCLE_STAGES, LifecycleStage],
  ] as const)("%s", (_name, list, prismaEnum) => {
    expect([...list]).toEqual(Object.values(prismaEnum));
  });
});
