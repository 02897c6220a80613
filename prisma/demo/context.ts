import type { RequestAction } from "../../lib/domain/request-status";
import type { PrismaClient } from "../../server/generated/prisma/client";

/** What the core demo seed created, by key, for the area seeders that run after it. */
export type DemoContext = {
  prisma: PrismaClient;
  now: Date;
  teamIds: Record<string, string>;
  /** By plan code (M58, BB300, …). */
  planIds: Record<string, string>;
  /** By staff key (agent, supervisor, admin, auditor) and customer key (zhang, li, xinghe). */
  userIds: Record<string, string>;
  /** By customer key. */
  customerIds: Record<string, string>;
  /** By line number. */
  lineIds: Record<string, string>;
};

export type AreaSeeder = (ctx: DemoContext) => Promise<void>;

/** The customer notification each replayed demo step writes, as the live transition would. */
export const EVENT_TEMPLATES: Record<RequestAction | "created", string> = {
  created: "request.created",
  accept: "request.accepted",
  return: "request.returned",
  withdraw: "request.withdrawn",
  start: "request.started",
  requestInfo: "request.infoRequested",
  provideInfo: "request.infoProvided",
  resolve: "request.resolved",
  confirm: "request.confirmed",
  reopen: "request.reopened",
  close: "request.closed",
  remedy: "request.complaintRemedy",
  staffReopen: "request.reopenedByStaff",
};
