import type { Role } from "./roles";

// The one permission table: which role may do what. Pages, actions and the DAL ask
// server/policy.ts, which reads this table; the UI may read it to hide what cannot be done.
export const PERMISSIONS = {
  // Customers act on their own records only; the DAL scopes every query to the actor.
  "request:create:own": ["CUSTOMER"],
  "request:read:own": ["CUSTOMER"],
  "request:withdraw:own": ["CUSTOMER"],
  "notification:read:own": ["CUSTOMER", "AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "ADMIN", "AUDITOR"],
  // Staff area.
  "admin:access": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "ADMIN", "AUDITOR"],
  "queue:read": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER"],
  "request:read:any": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "AUDITOR"],
  "request:accept": ["AGENT", "SUPERVISOR"],
  "request:return": ["AGENT", "SUPERVISOR"],
  "customer:reveal": ["AGENT", "SUPERVISOR"],
  "audit:read": ["ADMIN", "AUDITOR"],
  "user:manage": ["ADMIN"],
  // The outbox of SMS and e-mail (/admin/outbox): reading it shows message texts.
  "outbox:read": ["ADMIN"],
  "outbox:retry": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
