import "server-only";
import { roleCan, type Permission } from "@/lib/domain/permissions";
import type { Actor } from "./actor";

export { PERMISSIONS, type Permission } from "@/lib/domain/permissions";

// The permission table lives in lib/domain/permissions.ts (pure, shared with the UI); this is
// the server's way to ask it about an actor.
export function can(actor: Pick<Actor, "role"> | null, permission: Permission): boolean {
  return !!actor && roleCan(actor.role, permission);
}
