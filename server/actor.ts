import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Permission } from "@/lib/domain/permissions";
import { isStaffRole, type Role, type StaffRole } from "@/lib/domain/roles";
import { auth } from "./auth";
import { db } from "./db";
import { can } from "./policy";

export type CustomerActor = { kind: "customer"; userId: string; role: "CUSTOMER"; customerId: string; displayName: string };
export type StaffActor = { kind: "staff"; userId: string; role: StaffRole; teamId: string | null; displayName: string };
export type Actor = CustomerActor | StaffActor;

/**
 * The signed-in user, re-read from the database on every request: a disabled user, a changed
 * role or a bumped session version (password change) ends the session at the next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const uid = (session as { uid?: string } | null)?.uid;
  const sv = (session as { sv?: number } | null)?.sv;
  if (!uid) return null;
  const user = await db.user.findUnique({
    where: { id: uid },
    select: { id: true, role: true, disabled: true, sessionVersion: true, displayName: true, customerId: true, teamId: true },
  });
  if (!user || user.disabled || user.sessionVersion !== sv) return null;
  return toActor(user);
});

export function toActor(user: { id: string; role: Role; displayName: string; customerId: string | null; teamId: string | null }): Actor | null {
  if (user.role === "CUSTOMER") {
    return user.customerId
      ? { kind: "customer", userId: user.id, role: "CUSTOMER", customerId: user.customerId, displayName: user.displayName }
      : null;
  }
  if (isStaffRole(user.role)) {
    return { kind: "staff", userId: user.id, role: user.role, teamId: user.teamId, displayName: user.displayName };
  }
  return null;
}

/** For pages: anonymous visitors go to the sign-in page and come back afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

export async function requireCustomer(returnTo: string): Promise<CustomerActor> {
  const actor = await requireActor(returnTo);
  if (actor.kind !== "customer") redirect("/admin");
  return actor;
}

/**
 * For staff pages: anonymous → sign-in; a signed-in non-staff user or a staff member without
 * the permission gets a plain 404, so the staff area does not reveal itself.
 */
export async function requireStaff(returnTo: string, permission: Permission = "admin:access"): Promise<StaffActor> {
  const actor = await requireActor(returnTo);
  if (actor.kind !== "staff" || !can(actor, permission)) notFound();
  return actor;
}
