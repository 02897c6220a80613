import "server-only";
import { checkStaffChange, endsSessions, type StaffGuardRefusal } from "@/lib/domain/staff-users";
import { STAFF_ROLES, type StaffRole } from "@/lib/domain/roles";
import type {
  CreateStaffUserData,
  ResetStaffPasswordData,
  SetStaffUserDisabledData,
  StaffUserSearch,
  UpdateStaffUserData,
} from "@/lib/schemas/administration";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { generateTemporaryPassword, hashPassword } from "../passwords";

// Staff accounts (/admin/users): user:manage (admins). Customers' accounts are not managed here:
// every query is limited to staff roles, so a customer's id is a not-found. Each change commits
// with its audit row (never a password or a hash); a role change, disabling and a password
// reset bump sessionVersion, which ends the account's sessions at their next request
// (server/actor.ts getActor). User has no version column: updatedAt is the version token.

export const STAFF_USER_PAGE_SIZE = 30;
const staffOnly = { role: { in: [...STAFF_ROLES] } } satisfies Prisma.UserWhereInput;

function requireManager(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "user:manage")) throw new ForbiddenError();
  return actor;
}

const emailTaken = () => new ExpectedError("administration.errors.saveFailed", { email: ["validation.emailTaken"] });
const teamInvalid = () => new ExpectedError("administration.errors.saveFailed", { teamId: ["administration.validation.team"] });
const conflict = () => new ExpectedError("administration.errors.userConflict");
const refused = (reason: StaffGuardRefusal) => new ExpectedError(`administration.errors.${reason}`);
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

function encode(name: string, id: string) {
  return Buffer.from(JSON.stringify([name, id])).toString("base64url");
}
function decode(cursor: string): [string, string] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "string" && /^[a-z0-9]{1,40}$/.test(v[1])) return [v[0], v[1]];
  } catch {
    // Not one of ours: the first page.
  }
  return null;
}

const listSelect = {
  id: true,
  displayName: true,
  email: true,
  role: true,
  disabled: true,
  lastLoginAt: true,
  team: { select: { id: true, code: true, name: true, nameEn: true } },
} as const satisfies Prisma.UserSelect;

/**
 * Access: user:manage. Staff accounts by name (then id), searched by name or e-mail, filtered by
 * role, team and status; keyset pages on (displayName, id), no OFFSET.
 */
export async function listStaffUsers(actor: Actor, search: StaffUserSearch) {
  requireManager(actor);
  const and: Prisma.UserWhereInput[] = [staffOnly];
  if (search.q) and.push({ OR: [{ displayName: { contains: search.q, mode: "insensitive" } }, { email: { contains: search.q, mode: "insensitive" } }] });
  if (search.role) and.push({ role: search.role });
  if (search.team) and.push({ teamId: search.team === "none" ? null : search.team });
  if (search.status) and.push({ disabled: search.status === "disabled" });
  const cursor = search.after ? decode(search.after) : null;
  if (cursor) and.push({ OR: [{ displayName: { gt: cursor[0] } }, { displayName: cursor[0], id: { gt: cursor[1] } }] });
  const rows = await db.user.findMany({ where: { AND: and }, orderBy: [{ displayName: "asc" }, { id: "asc" }], take: STAFF_USER_PAGE_SIZE + 1, select: listSelect });
  const items = rows.slice(0, STAFF_USER_PAGE_SIZE);
  const last = items.at(-1);
  return { items, next: rows.length > STAFF_USER_PAGE_SIZE && last ? encode(last.displayName, last.id) : null, staleCursor: !!search.after && !cursor };
}
export type StaffUserRow = Awaited<ReturnType<typeof listStaffUsers>>["items"][number];

/** Access: user:manage; a customer's or unknown id is not-found. One staff account, with its version token. */
export async function getStaffUser(actor: Actor, id: string) {
  requireManager(actor);
  const user = await db.user.findFirst({
    where: { id, ...staffOnly },
    select: { ...listSelect, createdAt: true, updatedAt: true },
  });
  if (!user) throw new NotFoundError();
  return { ...user, role: user.role as StaffRole, updatedAt: user.updatedAt.toISOString() };
}
export type StaffUserDetail = Awaited<ReturnType<typeof getStaffUser>>;

/** Access: user:manage. Teams a staff member can be put in: the active ones (a retired team takes no one new). */
export async function listAssignableTeams(actor: Actor) {
  requireManager(actor);
  return db.team.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true, nameEn: true } });
}

/** Access: user:manage. Every team, retired ones too (for the list's filter). */
export async function listTeamsForFilter(actor: Actor) {
  requireManager(actor);
  return db.team.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true, nameEn: true, active: true } });
}

async function teamCode(tx: Tx, teamId: string | null, currentTeamId: string | null = null): Promise<string | null> {
  if (!teamId) return null;
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { code: true, active: true } });
  // A retired team may stay where it is, but no one new joins it.
  if (!team || (!team.active && teamId !== currentTeamId)) throw teamInvalid();
  return team.code;
}

/**
 * Access: user:manage. A new staff account with a generated temporary password, returned once
 * for the admin to hand over (it is stored only as its hash). Audited without the password.
 */
export async function createStaffUser(actor: Actor, input: CreateStaffUserData) {
  const admin = requireManager(actor);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
      const team = await teamCode(tx, input.teamId || null);
      const user = await tx.user.create({
        data: { role: input.role, displayName: input.displayName, email: input.email, passwordHash, teamId: input.teamId || null },
        select: { id: true, displayName: true, email: true },
      });
      await audit(tx, admin, { action: "staff.user.create", targetType: "User", targetId: user.id, summary: { email: input.email, role: input.role, team } });
      return { ...user, temporaryPassword };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/**
 * The target under a lock, with the count of active admins: every change that may touch an
 * admin locks the active admins' rows first, so two admins demoting each other at once cannot
 * both pass the "last active admin" check.
 */
async function lockTarget(tx: Tx, id: string, token: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE (role = 'ADMIN' AND disabled = false) OR id = ${id} FOR UPDATE`;
  const target = await tx.user.findFirst({ where: { id, ...staffOnly }, select: { id: true, role: true, disabled: true, teamId: true, updatedAt: true } });
  if (!target) throw new NotFoundError();
  if (target.updatedAt.getTime() !== new Date(token).getTime()) throw conflict();
  const activeAdmins = await tx.user.count({ where: { role: "ADMIN", disabled: false } });
  return { target: { ...target, role: target.role as StaffRole }, activeAdmins };
}

/** Compare-and-set on updatedAt; the new token is always later than the old one. */
async function casUpdate(tx: Tx, id: string, token: string, data: Prisma.UserUpdateManyMutationInput & { teamId?: string | null }) {
  const old = new Date(token);
  const updatedAt = new Date(Math.max(Date.now(), old.getTime() + 1));
  const { count } = await tx.user.updateMany({ where: { id, updatedAt: old }, data: { ...data, updatedAt } });
  if (count !== 1) throw conflict();
  return updatedAt.toISOString();
}

/**
 * Access: user:manage. Changes a staff member's role and team. A role change ends their sessions.
 * Refused: demoting oneself, demoting the last active admin; a stale form is a conflict.
 */
export async function updateStaffUser(actor: Actor, input: UpdateStaffUserData) {
  const admin = requireManager(actor);
  return db.$transaction(async (tx) => {
    const { target, activeAdmins } = await lockTarget(tx, input.id, input.updatedAt);
    const next = { role: input.role, disabled: target.disabled };
    const refusal = checkStaffChange({ actorId: admin.userId, target, next, activeAdmins });
    if (refusal) throw refused(refusal);
    const teamId = input.teamId || null;
    const team = await teamCode(tx, teamId, target.teamId);
    const roleChanged = target.role !== input.role;
    const teamChanged = target.teamId !== teamId;
    if (!roleChanged && !teamChanged) return { updatedAt: target.updatedAt.toISOString(), changed: false };
    const updatedAt = await casUpdate(tx, input.id, input.updatedAt, {
      role: input.role,
      teamId,
      ...(endsSessions(target, next) ? { sessionVersion: { increment: 1 } } : {}),
    });
    await audit(tx, admin, {
      action: "staff.user.update",
      targetType: "User",
      targetId: input.id,
      summary: { ...(roleChanged ? { role: { from: target.role, to: input.role } } : {}), ...(teamChanged ? { team } : {}), sessionsEnded: roleChanged },
    });
    return { updatedAt, changed: true };
  });
}

/**
 * Access: user:manage. Disables (ending their sessions; they can no longer sign in) or enables a
 * staff account. Refused: disabling oneself, disabling the last active admin.
 */
export async function setStaffUserDisabled(actor: Actor, input: SetStaffUserDisabledData) {
  const admin = requireManager(actor);
  return db.$transaction(async (tx) => {
    const { target, activeAdmins } = await lockTarget(tx, input.id, input.updatedAt);
    const next = { role: target.role, disabled: input.disabled };
    const refusal = checkStaffChange({ actorId: admin.userId, target, next, activeAdmins });
    if (refusal) throw refused(refusal);
    if (target.disabled === input.disabled) return { updatedAt: target.updatedAt.toISOString(), changed: false };
    const updatedAt = await casUpdate(tx, input.id, input.updatedAt, {
      disabled: input.disabled,
      ...(endsSessions(target, next) ? { sessionVersion: { increment: 1 } } : {}),
    });
    await audit(tx, admin, { action: input.disabled ? "staff.user.disable" : "staff.user.enable", targetType: "User", targetId: input.id, summary: { role: target.role } });
    return { updatedAt, changed: true };
  });
}

/**
 * Access: user:manage. A new temporary password for another staff member, returned once; their
 * sessions end. Not for one's own account (an admin's own sessions would end mid-task).
 */
export async function resetStaffPassword(actor: Actor, input: ResetStaffPasswordData) {
  const admin = requireManager(actor);
  if (input.id === admin.userId) throw new ExpectedError("administration.errors.selfReset");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({ where: { id: input.id, ...staffOnly }, select: { id: true, role: true } });
    if (!target) throw new NotFoundError();
    const updatedAt = await casUpdate(tx, input.id, input.updatedAt, { passwordHash, sessionVersion: { increment: 1 } });
    await audit(tx, admin, { action: "staff.user.reset_password", targetType: "User", targetId: input.id, summary: { role: target.role, sessionsEnded: true } });
    return { updatedAt, temporaryPassword };
  });
}
