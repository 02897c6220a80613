import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../actor";
import { can } from "../policy";

// Access rules, written into the Prisma `where` of every query, so that "not yours" and
// "does not exist" are the same not-found.
const NOTHING = { id: { in: [] as string[] } };

/** Requests: customers see their own; staff who may read any request see all. */
export function requestScope(actor: Actor): Prisma.ServiceRequestWhereInput {
  if (actor.kind === "customer") return { customerId: actor.customerId };
  return can(actor, "request:read:any") ? {} : NOTHING;
}

/** Lines: customers see their own; request-reading staff see all. */
export function lineScope(actor: Actor): Prisma.LineWhereInput {
  if (actor.kind === "customer") return { customerId: actor.customerId };
  return can(actor, "request:read:any") ? {} : NOTHING;
}
