import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { anyAreaCovers } from "@/lib/domain/areas";
import type { ServiceKind } from "@/lib/domain/roles";

// Which lines an incident affects: a line of one of its services, in service (active or
// suspended), whose area starts with one of the incident's areas (lib/domain/areas.ts). One rule
// for the notices of every stage, the linking of fault reports, the remedies and the fault form's
// outage check — as a query (affectedLinesWhere) and, for lines already loaded, as a test.

export type IncidentScope = { services: readonly ServiceKind[]; areas: readonly string[] };

/** Line statuses still in service: an outage can affect them. */
export const IN_SERVICE = ["ACTIVE", "SUSPENDED"] as const;

export function affectedLinesWhere(scope: IncidentScope): Prisma.LineWhereInput {
  return {
    status: { in: [...IN_SERVICE] },
    kind: { in: [...scope.services] },
    // An empty OR matches nothing: an incident without areas affects no line.
    OR: scope.areas.map((area) => ({ area: { startsWith: area } })),
  };
}

/** The same rule for a line already loaded: whether the incident affects it. */
export function affectsLine(scope: IncidentScope, line: { kind: ServiceKind; area: string; status: string }): boolean {
  return (IN_SERVICE as readonly string[]).includes(line.status) && scope.services.includes(line.kind) && anyAreaCovers(scope.areas, line.area);
}
