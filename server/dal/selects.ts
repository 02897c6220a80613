import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** A request's promised clocks (lib/domain/sla.ts ClockTimes): every view of them selects these. */
export const clockSelect = {
  acceptBy: true,
  acceptedAt: true,
  respondBy: true,
  respondedAt: true,
  resolveBy: true,
  resolvedAt: true,
  clockPausedAt: true,
} as const satisfies Prisma.ServiceRequestSelect;
