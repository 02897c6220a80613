import "server-only";
import { COMMITMENT_MEASURES, type CommitmentMeasure } from "@/lib/domain/compliance";
import type { PublishCommitmentInput } from "@/lib/schemas/commitments";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";

// The published commitments (服务承诺): versioned per measure. The public reads the newest version
// of each measure when it is active; admins (commitment:manage) publish a new version, never
// edit one, and see every version.

const versionSelect = {
  id: true,
  measure: true,
  version: true,
  targetMinutes: true,
  title: true,
  titleEn: true,
  statement: true,
  statementEn: true,
  exclusions: true,
  exclusionsEn: true,
  sort: true,
  active: true,
  publishedAt: true,
} as const satisfies Prisma.CommitmentSelect;
export type CommitmentVersion = Prisma.CommitmentGetPayload<{ select: typeof versionSelect }>;
export type CommitmentWithHistory<V extends CommitmentVersion = CommitmentVersion> = V & { history: V[] };
const adminSelect = { ...versionSelect, createdBy: { select: { displayName: true } } } as const satisfies Prisma.CommitmentSelect;
export type AdminCommitmentVersion = Prisma.CommitmentGetPayload<{ select: typeof adminSelect }>;

/** Every measure with a stored version: the newest, and the earlier ones newest first. */
function byMeasure<V extends CommitmentVersion>(rows: V[]): Array<CommitmentWithHistory<V>> {
  const out: Array<CommitmentWithHistory<V>> = [];
  for (const measure of COMMITMENT_MEASURES) {
    const [current, ...history] = rows.filter((r) => r.measure === measure);
    if (current) out.push({ ...current, history });
  }
  return out.sort((a, b) => a.sort - b.sort);
}

/** Public (no actor): the newest version of each measure where it is active, by sort, with the earlier versions. */
export async function listPublishedCommitments(): Promise<CommitmentWithHistory[]> {
  const rows = await db.commitment.findMany({ select: versionSelect, orderBy: [{ measure: "asc" }, { version: "desc" }] });
  return byMeasure(rows).filter((c) => c.active);
}

/** Access: staff with commitment:manage. Every measure's newest version (active or not) with its history. */
export async function listCommitmentsForAdmin(actor: StaffActor): Promise<Array<CommitmentWithHistory<AdminCommitmentVersion>>> {
  if (!can(actor, "commitment:manage")) throw new ForbiddenError();
  const rows = await db.commitment.findMany({ select: adminSelect, orderBy: [{ measure: "asc" }, { version: "desc" }] });
  return byMeasure(rows);
}

/** Access: staff with commitment:manage; not-found for a measure with no version. */
export async function getCommitmentForAdmin(actor: StaffActor, measure: CommitmentMeasure): Promise<CommitmentWithHistory<AdminCommitmentVersion>> {
  const found = (await listCommitmentsForAdmin(actor)).find((c) => c.measure === measure);
  if (!found) throw new NotFoundError();
  return found;
}

/** The measure named in a URL (accept-special → ACCEPT_SPECIAL); not-found for anything else. */
export function parseMeasure(raw: string): CommitmentMeasure {
  const measure = raw.toUpperCase().replaceAll("-", "_");
  if (!(COMMITMENT_MEASURES as readonly string[]).includes(measure)) throw new NotFoundError();
  return measure as CommitmentMeasure;
}

export const measureSlug = (measure: CommitmentMeasure) => measure.toLowerCase().replaceAll("_", "-");

const EDITABLE = ["targetMinutes", "title", "titleEn", "statement", "statementEn", "exclusions", "exclusionsEn", "active"] as const;

/**
 * Access: staff with commitment:manage. Publishes the edited commitment as the next version of its
 * measure, now. Publishing on top of a version the editor did not see is a conflict (two admins
 * at once: the unique measure+version refuses the second); an unchanged commitment is refused.
 * The audit row names the fields that changed.
 */
export async function publishCommitment(actor: StaffActor, input: PublishCommitmentInput, now = new Date()) {
  if (!can(actor, "commitment:manage")) throw new ForbiddenError();
  try {
    return await db.$transaction(async (tx) => {
      const newest = await tx.commitment.findFirst({ where: { measure: input.measure }, orderBy: { version: "desc" }, select: versionSelect });
      if (!newest) throw new NotFoundError();
      if (newest.version !== input.baseVersion) throw new ConflictError();
      const changed = EDITABLE.filter((k) => newest[k] !== input[k]);
      if (!changed.length) throw new ExpectedError("commitments.errors.unchanged");
      const created = await tx.commitment.create({
        data: {
          measure: input.measure,
          version: newest.version + 1,
          sort: newest.sort,
          publishedAt: now,
          createdById: actor.userId,
          ...Object.fromEntries(EDITABLE.map((k) => [k, input[k]])),
        } as Prisma.CommitmentUncheckedCreateInput,
        select: { id: true, version: true },
      });
      await audit(tx, actor, {
        action: "commitment.publish",
        targetType: "Commitment",
        targetId: created.id,
        summary: { measure: input.measure, version: created.version, fromVersion: newest.version, changed, targetMinutes: input.targetMinutes, active: input.active },
      });
      return { measure: input.measure, version: created.version };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError();
    throw error;
  }
}
