import "server-only";
import { clockToMinutes } from "@/lib/domain/business-calendar";
import type { AddCalendarDayInput, CreateCalendarInput, RemoveCalendarDayInput, UpdateCalendarInput } from "@/lib/schemas/sla";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";

// Business calendars for /admin/calendars: working hours and weekdays, public holidays and
// make-up working days. Every change bumps the calendar's version (optimistic locking) and writes
// an audit row. Calendars are facts, not promises: a change applies to every clock computed or
// moved after it, under any policy version that uses the calendar.

function assertRead(actor: StaffActor) {
  if (!can(actor, "sla:read")) throw new ForbiddenError();
}
function assertManage(actor: StaffActor) {
  if (!can(actor, "sla:manage")) throw new ForbiddenError();
}

/** Access: staff with sla:read. Every calendar with its counts. */
export async function listCalendars(actor: StaffActor) {
  assertRead(actor);
  const rows = await db.businessCalendar.findMany({
    select: { id: true, code: true, name: true, nameEn: true, timeZone: true, workdays: true, dayStartMin: true, dayEndMin: true, _count: { select: { days: true, policies: true } } },
    orderBy: { code: "asc" },
  });
  return { calendars: rows, canManage: can(actor, "sla:manage") };
}

/** Access: staff with sla:read. One calendar and its days, by date. */
export async function getCalendar(actor: StaffActor, id: string) {
  assertRead(actor);
  const row = await db.businessCalendar.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      timeZone: true,
      workdays: true,
      dayStartMin: true,
      dayEndMin: true,
      version: true,
      days: { select: { id: true, date: true, kind: true, name: true, nameEn: true }, orderBy: { date: "asc" } },
    },
  });
  return row ? { ...row, canManage: can(actor, "sla:manage") } : null;
}

/** Access: staff with sla:manage. A new calendar: office hours 09:00–18:00, Monday to Friday. */
export async function createCalendar(actor: StaffActor, input: CreateCalendarInput) {
  assertManage(actor);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.businessCalendar.create({ data: { code: input.code, name: input.name, nameEn: input.nameEn }, select: { id: true, code: true } });
      await audit(tx, actor, { action: "sla.calendar.create", targetType: "BusinessCalendar", targetId: created.id, summary: { code: created.code } });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ExpectedError("sla.validation.codeTaken", { code: ["sla.validation.codeTaken"] });
    throw error;
  }
}

/** Bumps the version the editor saw; a mismatch is a conflict. */
async function claim(tx: Tx, id: string, version: number, data: Prisma.BusinessCalendarUpdateManyMutationInput = {}) {
  const updated = await tx.businessCalendar.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 1) return;
  if (!(await tx.businessCalendar.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError();
  throw new ConflictError();
}

/** Access: staff with sla:manage. Name, time zone, working hours and weekdays. */
export async function updateCalendar(actor: StaffActor, input: UpdateCalendarInput) {
  assertManage(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.businessCalendar.findUnique({ where: { id: input.id }, select: { timeZone: true, workdays: true, dayStartMin: true, dayEndMin: true, name: true, nameEn: true } });
    if (!before) throw new NotFoundError();
    const after = {
      name: input.name,
      nameEn: input.nameEn,
      timeZone: input.timeZone,
      workdays: [...new Set(input.workdays.map(Number))].sort(),
      dayStartMin: clockToMinutes(input.dayStart)!,
      dayEndMin: clockToMinutes(input.dayEnd)!,
    };
    await claim(tx, input.id, input.version, after);
    await audit(tx, actor, { action: "sla.calendar.update", targetType: "BusinessCalendar", targetId: input.id, summary: { before, after } });
    return { id: input.id };
  });
}

/** Access: staff with sla:manage. A public holiday or a make-up working day; one entry per date. */
export async function addCalendarDay(actor: StaffActor, input: AddCalendarDayInput) {
  assertManage(actor);
  return db.$transaction(async (tx) => {
    await claim(tx, input.calendarId, input.version);
    const inserted = await tx.calendarDay.createMany({
      data: [{ calendarId: input.calendarId, date: input.date, kind: input.kind, name: input.name, nameEn: input.nameEn }],
      skipDuplicates: true,
    });
    if (inserted.count !== 1) throw new ExpectedError("sla.validation.duplicateDate", { date: ["sla.validation.duplicateDate"] });
    await audit(tx, actor, { action: "sla.calendar.addDay", targetType: "BusinessCalendar", targetId: input.calendarId, summary: { date: input.date, kind: input.kind, name: input.name } });
    return { date: input.date };
  });
}

/** Access: staff with sla:manage. Removes one day of the calendar. */
export async function removeCalendarDay(actor: StaffActor, input: RemoveCalendarDayInput) {
  assertManage(actor);
  return db.$transaction(async (tx) => {
    const day = await tx.calendarDay.findFirst({ where: { id: input.dayId, calendarId: input.calendarId }, select: { date: true, kind: true, name: true } });
    if (!day) throw new NotFoundError();
    await claim(tx, input.calendarId, input.version);
    await tx.calendarDay.delete({ where: { id: input.dayId } });
    await audit(tx, actor, { action: "sla.calendar.removeDay", targetType: "BusinessCalendar", targetId: input.calendarId, summary: day });
    return { date: day.date };
  });
}
