import "server-only";
import type { SetTemplateActiveInput, TemplateData, TemplateFilters, UpdateTemplateData } from "@/lib/schemas/templates";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";

// Reply templates administration (/admin/templates): template:manage lists, creates, edits and
// (de)activates them. Every save is checked against the version the editor started from and
// writes an audit row in its transaction. The body's {variables} are checked by the schema
// (lib/schemas/templates.ts, lib/domain/template-variables.ts).

function requireManager(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "template:manage")) throw new ForbiddenError();
  return actor;
}

const codeTaken = () => new ExpectedError("templates.errors.saveFailed", { code: ["templates.validation.codeTaken"] });
/** Somebody saved first: nothing was written; the editor's text stays in the form. */
const conflict = () => new ExpectedError("templates.errors.conflict");
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

const rowSelect = {
  id: true,
  code: true,
  title: true,
  titleEn: true,
  types: true,
  active: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { displayName: true } },
} as const satisfies Prisma.ReplyTemplateSelect;

/**
 * Access: template:manage; anyone else gets an empty list. Templates matching the filters: the
 * search looks in the code, both titles and both bodies; a type filter keeps the templates
 * offered for that type (including those for every type). By code.
 */
export async function listTemplates(actor: Actor, filters: TemplateFilters) {
  if (actor.kind !== "staff" || !can(actor, "template:manage")) return [];
  const q = filters.q;
  const where: Prisma.ReplyTemplateWhereInput = {
    ...(filters.status === "all" ? {} : { active: filters.status === "active" }),
    ...(filters.type ? { OR: [{ types: { has: filters.type } }, { types: { isEmpty: true } }] } : {}),
    ...(q
      ? {
          AND: [
            {
              OR: (["code", "title", "titleEn", "body", "bodyEn"] as const).map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })),
            },
          ],
        }
      : {}),
  };
  return db.replyTemplate.findMany({ where, orderBy: [{ code: "asc" }], select: rowSelect, take: 200 });
}
export type TemplateRow = Awaited<ReturnType<typeof listTemplates>>[number];

/** Access: template:manage; anyone else gets not-found. One template as its edit form needs it. */
export async function getTemplate(actor: Actor, id: string) {
  if (actor.kind !== "staff" || !can(actor, "template:manage")) throw new NotFoundError();
  const row = await db.replyTemplate.findUnique({ where: { id }, select: { ...rowSelect, body: true, bodyEn: true } });
  if (!row) throw new NotFoundError();
  return row;
}

const contentOf = (input: TemplateData) => ({
  code: input.code,
  title: input.title,
  titleEn: input.titleEn,
  body: input.body,
  bodyEn: input.bodyEn,
  types: [...new Set(input.types)],
});

/** Access: template:manage. A new, active template (version 1); audited. */
export async function createTemplate(actor: Actor, input: TemplateData) {
  const manager = requireManager(actor);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.replyTemplate.findUnique({ where: { code: input.code }, select: { id: true } })) throw codeTaken();
      const row = await tx.replyTemplate.create({ data: { ...contentOf(input), updatedById: manager.userId }, select: { id: true, code: true, version: true } });
      await audit(tx, manager, { action: "template.create", targetType: "ReplyTemplate", targetId: row.id, summary: { code: row.code, types: input.types } });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

const EDITABLE = ["code", "title", "titleEn", "body", "bodyEn"] as const;

/** Access: template:manage. Saves over the version the editor started from, or a conflict; audited with what changed. */
export async function updateTemplate(actor: Actor, input: UpdateTemplateData) {
  const manager = requireManager(actor);
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.replyTemplate.findUnique({ where: { id: input.id }, select: { version: true, code: true, title: true, titleEn: true, body: true, bodyEn: true, types: true } });
      if (!current) throw new NotFoundError();
      if (current.version !== input.version) throw conflict();
      if (await tx.replyTemplate.findFirst({ where: { code: input.code, id: { not: input.id } }, select: { id: true } })) throw codeTaken();
      const content = contentOf(input);
      const changed: string[] = EDITABLE.filter((k) => current[k] !== content[k]);
      if ([...current.types].sort().join() !== [...content.types].sort().join()) changed.push("types");
      const { count } = await tx.replyTemplate.updateMany({ where: { id: input.id, version: input.version }, data: { ...content, updatedById: manager.userId, version: { increment: 1 } } });
      if (count !== 1) throw conflict();
      await audit(tx, manager, { action: "template.update", targetType: "ReplyTemplate", targetId: input.id, summary: { code: content.code, version: input.version + 1, changed } });
      return { id: input.id, code: content.code, version: input.version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/** Access: template:manage. Deactivates (no longer offered) or activates a template, over its version; audited. */
export async function setTemplateActive(actor: Actor, input: SetTemplateActiveInput) {
  const manager = requireManager(actor);
  return db.$transaction(async (tx) => {
    const current = await tx.replyTemplate.findUnique({ where: { id: input.id }, select: { code: true, version: true, active: true } });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw conflict();
    const { count } = await tx.replyTemplate.updateMany({ where: { id: input.id, version: input.version }, data: { active: input.active, updatedById: manager.userId, version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    await audit(tx, manager, { action: input.active ? "template.activate" : "template.deactivate", targetType: "ReplyTemplate", targetId: input.id, summary: { code: current.code, version: input.version + 1 } });
    return { id: input.id, active: input.active, version: input.version + 1 };
  });
}
