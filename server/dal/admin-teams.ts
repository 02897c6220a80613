import "server-only";
import type { TeamData, UpdateTeamData } from "@/lib/schemas/administration";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";

// Teams (/admin/teams): team:manage (admins). A team's code, names, the request types it takes
// by default (Team.handles) and whether it is active; members join and leave through their own
// account (/admin/users/[id]). Edits are checked against Team.version; each change is audited.

function requireManager(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "team:manage")) throw new ForbiddenError();
  return actor;
}

const codeTaken = () => new ExpectedError("administration.errors.saveFailed", { code: ["administration.validation.teamCodeTaken"] });
const conflict = () => new ExpectedError("administration.errors.teamConflict");
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Access: team:manage. Every team by code, with its members (active first, then by name). */
export async function listTeamsForAdmin(actor: Actor) {
  requireManager(actor);
  return db.team.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      handles: true,
      active: true,
      version: true,
      members: { orderBy: [{ disabled: "asc" }, { displayName: "asc" }], select: { id: true, displayName: true, role: true, disabled: true } },
      _count: { select: { requests: true } },
    },
  });
}
export type AdminTeam = Awaited<ReturnType<typeof listTeamsForAdmin>>[number];

/** Access: team:manage. A new team (version 1); audited. */
export async function createTeam(actor: Actor, input: TeamData) {
  const admin = requireManager(actor);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.team.findUnique({ where: { code: input.code }, select: { id: true } })) throw codeTaken();
      const team = await tx.team.create({ data: input, select: { id: true, code: true, version: true } });
      await audit(tx, admin, { action: "team.create", targetType: "Team", targetId: team.id, summary: { code: input.code, handles: input.handles, active: input.active } });
      return team;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

const EDITABLE = ["code", "name", "nameEn", "active"] as const;

/** Access: team:manage. Saves over the version the form was loaded with, or a conflict; audited with what changed. */
export async function updateTeam(actor: Actor, input: UpdateTeamData) {
  const admin = requireManager(actor);
  const { id, version, ...data } = input;
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.team.findUnique({ where: { id }, select: { code: true, name: true, nameEn: true, handles: true, active: true, version: true } });
      if (!current) throw new NotFoundError();
      if (current.version !== version) throw conflict();
      if (await tx.team.findFirst({ where: { code: data.code, id: { not: id } }, select: { id: true } })) throw codeTaken();
      const changed: string[] = EDITABLE.filter((k) => current[k] !== data[k]);
      if ([...current.handles].sort().join() !== [...data.handles].sort().join()) changed.push("handles");
      const { count } = await tx.team.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
      if (count !== 1) throw conflict();
      await audit(tx, admin, { action: "team.update", targetType: "Team", targetId: id, summary: { code: data.code, version: version + 1, changed, active: data.active } });
      return { id, version: version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}
