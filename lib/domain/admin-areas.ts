import type { Permission } from "./permissions";

// The administration areas the 管理 index (/admin/settings) lists, each behind the permission its
// pages check. One list: an area built elsewhere (SLA policies, business calendars, reply
// templates) is added here with its route, and the 管理 link and index pick it up. The
// "admin:settings" permission must name exactly the roles that may open at least one of them
// (lib/domain/admin-areas.test.ts checks it).
export type AdminArea = {
  href: string;
  /** Message key under "administration.areas": `<key>.title` and `<key>.text`. */
  key: string;
  permission: Permission;
};

export const ADMIN_AREAS: AdminArea[] = [
  { href: "/admin/users", key: "users", permission: "user:manage" },
  { href: "/admin/teams", key: "teams", permission: "team:manage" },
  { href: "/admin/plans", key: "plans", permission: "plan:manage" },
  { href: "/admin/sla", key: "sla", permission: "sla:read" },
  { href: "/admin/calendars", key: "calendars", permission: "sla:read" },
  { href: "/admin/templates", key: "templates", permission: "template:manage" },
  { href: "/admin/commitments", key: "commitments", permission: "commitment:manage" },
  { href: "/admin/remedies/rules", key: "remedyRules", permission: "remedy:rules" },
];
