import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { ServiceKind } from "@/lib/domain/roles";

// Which lines an incident affects: a line of one of its services, in service (active or
// suspended), whose area starts with one of the incident's areas (lib/domain/areas.ts). One rule
// for the notices of every stage, the linking of fault reports and the remedies.

export type IncidentScope = { services: readonly ServiceKind[]; areas: readonly string[] };

export function affectedLinesWhere(scope: IncidentScope): Prisma.LineWhereInput {
  return {
    status: { in: ["ACTIVE", "SUSPENDED"] },
    kind: { in: [...scope.services] },
    // An empty OR matches nothing: an incident without areas affects no line.
    OR: scope.areas.map((area) => ({ area: { startsWith: area } })),
  };
}
