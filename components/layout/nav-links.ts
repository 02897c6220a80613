import type { Permission } from "@/lib/domain/permissions";

// The header's links, one table: who sees each one. The layout keeps the staff links the actor's
// role allows (lib/domain/permissions.ts) and hands them to the header.
export type NavLink = { href: string; label: string };
/** Staff links beyond the daily work sit in two menus: the quality loop and everything else. */
export type NavGroup = "quality" | "more";
export type StaffNavLink = NavLink & { group?: NavGroup };

/** Customers' own pages. */
export const CUSTOMER_LINKS: NavLink[] = [
  { href: "/account/requests", label: "myRequests" },
  { href: "/account/requests/new", label: "newRequest" },
  { href: "/account/plans", label: "myPlans" },
  { href: "/account/lines", label: "myLines" },
  { href: "/account/bills", label: "bills" },
  { href: "/account/privacy", label: "privacy" },
];

/** Public pages every visitor sees (signed in or not), after the audience's own links. */
export const PUBLIC_LINKS: NavLink[] = [
  { href: "/status", label: "status" },
  { href: "/outcomes", label: "outcomesPublic" },
  { href: "/help", label: "help" },
];

/** Staff pages, each behind the permission that opens it (any of several). */
export const STAFF_LINKS: Array<StaffNavLink & { permission: Permission | Permission[] }> = [
  { href: "/admin", label: "staffHome", permission: "admin:access" },
  { href: "/admin/queue", label: "queue", permission: "queue:read" },
  { href: "/admin/customers", label: "customers", permission: "customer:read" },
  { href: "/admin/incidents", label: "incidents", permission: "incident:read" },
  { href: "/admin/follow-ups", label: "followUps", permission: "followup:handle" },
  { href: "/admin/approvals", label: "approvals", permission: "complaint:approve" },
  { href: "/admin/remedies", label: "remedies", permission: "remedy:read" },
  { href: "/admin/privacy", label: "privacyRequests", permission: "privacy:handle" },
  { href: "/admin/retention", label: "retention", permission: "churn:read" },
  { href: "/admin/reports", label: "reports", permission: "report:read", group: "quality" },
  { href: "/admin/improvements", label: "improvements", permission: "improvement:read", group: "quality" },
  { href: "/admin/outcomes", label: "outcomes", permission: ["outcome:edit", "outcome:publish"], group: "quality" },
  { href: "/admin/surveys", label: "surveys", permission: "survey:manage", group: "quality" },
  { href: "/admin/help", label: "helpAdmin", permission: "admin:access", group: "more" },
  { href: "/admin/archives", label: "archives", permission: "archive:read", group: "more" },
  { href: "/admin/outbox", label: "outbox", permission: "outbox:read", group: "more" },
  { href: "/admin/audit", label: "audit", permission: "audit:read", group: "more" },
  // One link for every administration area (users, teams, plans, SLA policies, calendars, reply
  // templates): the index (lib/domain/admin-areas.ts) lists the ones the role may open.
  { href: "/admin/settings", label: "administration", permission: "admin:settings", group: "more" },
];
