import type { StaffRole } from "./roles";

// Guard rails on changing a staff account (/admin/users/[id]): an admin never locks themselves
// out, and the operator always keeps at least one active admin. Pure: the DAL supplies the
// current state (read under a lock) and refuses with the reason's message.

export type StaffAccountState = { id: string; role: StaffRole; disabled: boolean };
export type StaffGuardRefusal = "selfDemote" | "selfDisable" | "lastAdmin";

const isActiveAdmin = (u: Pick<StaffAccountState, "role" | "disabled">) => u.role === "ADMIN" && !u.disabled;

/**
 * Whether `actorId` may move `target` to `next` (its role and disabled flag after the change).
 * `activeAdmins` counts active ADMIN accounts now, the target included.
 */
export function checkStaffChange(input: {
  actorId: string;
  target: StaffAccountState;
  next: Pick<StaffAccountState, "role" | "disabled">;
  activeAdmins: number;
}): StaffGuardRefusal | null {
  const { actorId, target, next, activeAdmins } = input;
  const self = actorId === target.id;
  if (self && next.disabled && !target.disabled) return "selfDisable";
  if (self && target.role === "ADMIN" && next.role !== "ADMIN") return "selfDemote";
  if (isActiveAdmin(target) && !isActiveAdmin(next) && activeAdmins <= 1) return "lastAdmin";
  return null;
}

/** Which changes end the account's sessions (its sessionVersion is bumped). */
export function endsSessions(target: Pick<StaffAccountState, "role" | "disabled">, next: Pick<StaffAccountState, "role" | "disabled">): boolean {
  return target.role !== next.role || (next.disabled && !target.disabled);
}
