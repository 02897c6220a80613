import "server-only";
import { yuanToFen } from "@/lib/domain/remedies";
import type { UpdateRemedyRuleInput } from "@/lib/schemas/remedies";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";

// Remedy rules (/admin/remedies/rules): remedy:rules lists and edits them. A save is checked
// against the version the editor started from, bumps it, and writes an audit row in its
// transaction. Proposals keep the amount they were made with: an edit changes only later ones.

const ruleSelect = {
  id: true,
  code: true,
  measure: true,
  kind: true,
  amountFen: true,
  waiverDays: true,
  title: true,
  titleEn: true,
  active: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { displayName: true } },
} as const satisfies Prisma.RemedyRuleSelect;

function requireRules(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "remedy:rules")) throw new ForbiddenError();
  return actor;
}

/** Access: remedy:rules; anyone else gets none. Every rule, in the order of the commitments. */
export async function listRemedyRules(actor: Actor) {
  if (actor.kind !== "staff" || !can(actor, "remedy:rules")) return [];
  const rows = await db.remedyRule.findMany({ select: ruleSelect, orderBy: [{ code: "asc" }] });
  const order = ["ACCEPT", "ACCEPT_SPECIAL", "RESPOND_MAJOR", "RESPOND_GENERAL", "RESTORE_NETWORK", "RESTORE_BUSINESS", "COMPLAINT_REPLY"];
  return rows.sort((a, b) => order.indexOf(a.measure) - order.indexOf(b.measure));
}
export type RemedyRuleRow = Awaited<ReturnType<typeof listRemedyRules>>[number];

/** Access: remedy:rules. Saves a rule over the version the editor started from, or a conflict; audited with what changed. */
export async function updateRemedyRule(actor: Actor, input: UpdateRemedyRuleInput) {
  const editor = requireRules(actor);
  const content = {
    kind: input.kind,
    // A waiver keeps no credit amount and a credit no waiver days, so the row says one thing.
    amountFen: input.kind === "CREDIT" ? (yuanToFen(input.amountYuan) ?? 0) : 0,
    waiverDays: input.kind === "FEE_WAIVER" ? Number(input.waiverDays) : 0,
    title: input.title,
    titleEn: input.titleEn,
    active: input.active,
  };
  return db.$transaction(async (tx) => {
    const current = await tx.remedyRule.findUnique({ where: { id: input.id }, select: { code: true, version: true, kind: true, amountFen: true, waiverDays: true, title: true, titleEn: true, active: true } });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ExpectedError("remedies.errors.ruleConflict");
    const changed = (Object.keys(content) as Array<keyof typeof content>).filter((k) => current[k] !== content[k]);
    const { count } = await tx.remedyRule.updateMany({ where: { id: input.id, version: input.version }, data: { ...content, updatedById: editor.userId, version: { increment: 1 } } });
    if (count !== 1) throw new ExpectedError("remedies.errors.ruleConflict");
    await audit(tx, editor, { action: "remedyRule.update", targetType: "RemedyRule", targetId: input.id, summary: { code: current.code, version: input.version + 1, changed } });
    return { id: input.id, version: input.version + 1 };
  });
}
