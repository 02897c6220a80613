import "server-only";
import { REQUEST_TYPES, type RequestType } from "@/lib/domain/roles";
import { ENDED_STATUSES } from "@/lib/domain/request-status";
import { DEFAULT_POLICIES, policyChanges, policyFromColumns, policyToColumns, type SlaPolicyRules } from "@/lib/domain/sla-policy";
import type { SavePolicyInput } from "@/lib/schemas/sla";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { policySelect } from "./sla-policies";

// SLA policies for /admin/sla: every type's versions, newest first, and saving a new version.

const versionSelect = { ...policySelect, note: true, createdAt: true, createdBy: { select: { displayName: true } }, calendar: { select: { code: true, name: true, nameEn: true } } } as const satisfies Prisma.SlaPolicySelect;
type VersionRow = Prisma.SlaPolicyGetPayload<{ select: typeof versionSelect }>;

export type PolicyVersion = {
  id: string | null;
  rules: SlaPolicyRules;
  calendarId: string | null;
  calendar: { code: string; name: string; nameEn: string } | null;
  note: string;
  createdAt: Date | null;
  createdBy: string | null;
};

const toVersion = (type: RequestType, r: VersionRow): PolicyVersion => ({
  id: r.id,
  rules: policyFromColumns(type, r),
  calendarId: r.calendarId,
  calendar: r.calendar,
  note: r.note,
  createdAt: r.createdAt,
  createdBy: r.createdBy?.displayName ?? null,
});

/** The built-in defaults, shown as version 0 while no version is stored. */
const defaultVersion = (type: RequestType): PolicyVersion => ({ id: null, rules: DEFAULT_POLICIES[type], calendarId: null, calendar: null, note: "", createdAt: null, createdBy: null });

function assertRead(actor: StaffActor) {
  if (!can(actor, "sla:read")) throw new ForbiddenError();
}

/** Access: staff with sla:read. Every type's versions (newest first; the defaults when none is stored). */
export async function listPolicies(actor: StaffActor) {
  assertRead(actor);
  const rows = await db.slaPolicy.findMany({ select: versionSelect, orderBy: [{ type: "asc" }, { version: "desc" }] });
  return REQUEST_TYPES.map((type) => {
    const versions = rows.filter((r) => r.type === type).map((r) => toVersion(type, r));
    return { type, current: versions[0] ?? defaultVersion(type), history: versions };
  });
}

/**
 * Access: staff with sla:read. One type's versions, the calendars a policy may use, and how many
 * open requests run under each version (they keep it when a new one is saved).
 */
export async function getPolicy(actor: StaffActor, type: RequestType) {
  assertRead(actor);
  const [rows, calendars, open] = await Promise.all([
    db.slaPolicy.findMany({ where: { type }, select: versionSelect, orderBy: { version: "desc" } }),
    db.businessCalendar.findMany({ select: { id: true, code: true, name: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.serviceRequest.groupBy({ by: ["slaPolicyId"], where: { type, status: { notIn: [...ENDED_STATUSES] } }, _count: { _all: true } }),
  ]);
  const history = rows.map((r) => toVersion(type, r));
  const openByPolicy = new Map(open.map((o) => [o.slaPolicyId, o._count._all]));
  return {
    type,
    current: history[0] ?? defaultVersion(type),
    history: history.map((v) => ({ ...v, openRequests: openByPolicy.get(v.id) ?? 0 })),
    openRequests: open.reduce((n, o) => n + o._count._all, 0),
    calendars,
    canManage: can(actor, "sla:manage"),
  };
}

/**
 * Access: staff with sla:manage. Saves the edited policy as the next version of its type; open
 * requests keep the version they started under. A save on top of a version the editor did not
 * see is a conflict; an unchanged policy is refused. The audit row lists what changed.
 */
export async function savePolicy(actor: StaffActor, input: SavePolicyInput) {
  if (!can(actor, "sla:manage")) throw new ForbiddenError();
  try {
    return await db.$transaction(async (tx) => {
      const newest = await tx.slaPolicy.findFirst({ where: { type: input.type }, orderBy: { version: "desc" }, select: policySelect });
      const baseVersion = newest?.version ?? 0;
      if (input.baseVersion !== baseVersion) throw new ConflictError();
      const calendarId = input.calendarId || null;
      if (calendarId && !(await tx.businessCalendar.findUnique({ where: { id: calendarId }, select: { id: true } }))) {
        throw new ExpectedError("sla.validation.calendar", { calendarId: ["sla.validation.calendar"] });
      }
      const before = newest ? policyFromColumns(input.type, newest) : DEFAULT_POLICIES[input.type];
      const defaults = DEFAULT_POLICIES[input.type];
      // A type keeps the clocks it promises (lib/domain/sla.ts decides how each is set).
      const rules: SlaPolicyRules = {
        type: input.type,
        version: baseVersion + 1,
        acceptHours: input.acceptHours,
        acceptHoursSpecial: input.acceptHoursSpecial,
        acceptOnCalendar: input.acceptOnCalendar,
        respondHours: defaults.respondHours ? { 1: input.respondHours1!, 2: input.respondHours2!, 3: input.respondHours3! } : null,
        respondOnCalendar: input.respondOnCalendar,
        resolveHours: defaults.resolveHours ? { 1: input.resolveHours1!, 2: input.resolveHours2!, 3: input.resolveHours3! } : null,
        resolveOnCalendar: input.resolveOnCalendar,
        warnAtPercent: input.warnAtPercent,
      };
      const changes = policyChanges(before, rules);
      const calendarChanged = (newest?.calendarId ?? null) !== calendarId;
      if (changes.length === 0 && !calendarChanged) throw new ExpectedError("sla.errors.noPolicyChange");
      const created = await tx.slaPolicy.create({
        data: { type: input.type, version: rules.version, ...policyToColumns(rules), calendarId, note: input.note, createdById: actor.userId },
        select: { id: true, version: true },
      });
      await audit(tx, actor, {
        action: "sla.policy.save",
        targetType: "SlaPolicy",
        targetId: created.id,
        summary: { type: input.type, version: created.version, fromVersion: baseVersion, changes, ...(calendarChanged ? { calendarFrom: newest?.calendarId ?? null, calendarTo: calendarId } : {}), note: input.note },
      });
      return { type: input.type, version: created.version };
    });
  } catch (error) {
    // Two admins saved the same next version at once: the second is told.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError();
    throw error;
  }
}

/** Access: staff with sla:read; not-found for an unknown type name. */
export function parseType(raw: string): RequestType {
  const type = raw.toUpperCase().replaceAll("-", "_");
  if (!(REQUEST_TYPES as readonly string[]).includes(type)) throw new NotFoundError();
  return type as RequestType;
}
