import "server-only";
import { deadlinesForLevel } from "@/lib/domain/level-change";
import { ENDED_STATUSES } from "@/lib/domain/request-status";
import type { RequestLevel } from "@/lib/domain/sla-policy";
import type { SetLevelInput } from "@/lib/schemas/sla";
import { db } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { notifyCustomer } from "../notify";
import { requestScope } from "./scopes";
import { clockSelect } from "./selects";
import { policyOfRequest } from "./sla-policies";

const asLevel = (n: number): RequestLevel => (n === 1 || n === 3 ? n : 2);
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * Access: staff with request:setLevel, on a request they may read. Sets the level (分级响应: 1 重大,
 * 2 一般, 3 轻微) and, before acceptance, the special flag (48 h to accept); the unmet deadlines
 * are recomputed from the request's own policy version (lib/domain/level-change.ts). One
 * transaction: optimistic-lock update, INTERNAL timeline event, audit row with the old and new
 * level and deadlines, and a notification to the customer when a deadline they see moved.
 */
export async function setRequestLevel(actor: StaffActor, input: SetLevelInput) {
  if (!can(actor, "request:setLevel")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const current = await tx.serviceRequest.findFirst({
      where: { ...requestScope(actor), srn: input.srn },
      select: { id: true, srn: true, type: true, status: true, level: true, special: true, version: true, customerId: true, createdAt: true, slaPolicyId: true, ...clockSelect },
    });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError();
    if (ENDED_STATUSES.includes(current.status)) throw new ExpectedError("errors.invalidState");
    // The special flag only widens the acceptance clock: it is set before acceptance.
    if (input.special !== current.special && current.status !== "SUBMITTED") throw new ExpectedError("sla.errors.specialAfterAccept", { special: ["sla.errors.specialAfterAccept"] });
    if (input.level === current.level && input.special === current.special) throw new ExpectedError("sla.errors.noChange");

    const { policy, calendar } = await policyOfRequest(tx, current);
    const moved = deadlinesForLevel({
      type: current.type,
      createdAt: current.createdAt,
      clocks: current,
      from: { level: asLevel(current.level), special: current.special },
      to: { level: input.level, special: input.special },
      policy,
      calendar,
    });
    const updated = await tx.serviceRequest.updateMany({
      where: { id: current.id, version: input.version },
      data: { level: input.level, special: input.special, ...moved, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();

    const now = new Date();
    const before = { acceptBy: iso(current.acceptBy), respondBy: iso(current.respondBy), resolveBy: iso(current.resolveBy) };
    const after = { ...before, ...Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, iso(v)])) };
    await tx.requestEvent.create({
      data: {
        requestId: current.id,
        kind: "levelChanged",
        visibility: "INTERNAL",
        actorId: actor.userId,
        fromStatus: current.status,
        toStatus: current.status,
        body: `L${current.level}${current.special ? "*" : ""} → L${input.level}${input.special ? "*" : ""}`,
        createdAt: now,
      },
    });
    await audit(tx, actor, {
      action: "request.setLevel",
      targetType: "ServiceRequest",
      targetId: current.id,
      summary: {
        srn: current.srn,
        from: { level: current.level, special: current.special, ...before },
        to: { level: input.level, special: input.special, ...after },
        policyVersion: policy.version,
      },
    });
    // Every promised clock is on the customer's progress page: a moved one is news to them.
    if (Object.keys(moved).length > 0) {
      const nearest = Object.values(moved)
        .filter((d): d is Date => d instanceof Date)
        .sort((a, b) => a.getTime() - b.getTime())[0]!;
      await notifyCustomer(tx, current.customerId, "request.deadlinesChanged", { srn: current.srn, deadline: nearest.toISOString() });
    }
    return { srn: current.srn, moved: Object.keys(moved) };
  });
}

/**
 * Access: staff with request:setLevel, on a request they may read (null otherwise, and for an
 * ended request). What the level card shows: the current level and flag, and each level's hours
 * under the request's own policy version.
 */
export async function levelChoices(actor: StaffActor, srn: string) {
  if (!can(actor, "request:setLevel")) return null;
  const r = await db.serviceRequest.findFirst({
    where: { ...requestScope(actor), srn },
    select: { srn: true, type: true, status: true, level: true, special: true, version: true, slaPolicyId: true },
  });
  if (!r || ENDED_STATUSES.includes(r.status)) return null;
  const { policy } = await policyOfRequest(db, r);
  return {
    srn: r.srn,
    type: r.type,
    version: r.version,
    level: asLevel(r.level),
    special: r.special,
    canSetSpecial: r.status === "SUBMITTED",
    policyVersion: policy.version,
    acceptHours: policy.acceptHours,
    acceptHoursSpecial: policy.acceptHoursSpecial,
    respondHours: policy.respondHours,
    resolveHours: policy.resolveHours,
  };
}
export type LevelChoices = NonNullable<Awaited<ReturnType<typeof levelChoices>>>;
