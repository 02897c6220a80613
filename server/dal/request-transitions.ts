import "server-only";
import { transition, type RequestAction } from "@/lib/domain/request-status";
import type { AcceptRequestInput, ReturnRequestInput, WithdrawRequestInput } from "@/lib/schemas/request";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, CustomerActor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { notifyCustomer, type NotificationTemplate } from "../notify";
import { requestScope } from "./scopes";

type Change = {
  action: RequestAction;
  srn: string;
  version: number;
  body: string | null;
  data: (now: Date, current: { respondBy: Date | null; respondedAt: Date | null }) => Prisma.ServiceRequestUpdateManyMutationInput;
  template: NotificationTemplate;
};

/**
 * One status change: scope check, state-machine check, optimistic-lock update, timeline event,
 * audit row and customer notification, all in one transaction.
 */
async function applyChange(actor: Actor, change: Change) {
  return db.$transaction(async (tx) => {
    const current = await tx.serviceRequest.findFirst({
      where: { ...requestScope(actor), srn: change.srn },
      select: { id: true, status: true, version: true, customerId: true, respondBy: true, respondedAt: true },
    });
    if (!current) throw new NotFoundError();
    const result = transition(change.action, current.status, actor.role);
    if (!result.ok && result.reason === "forbidden") throw new ForbiddenError();
    // A stale page first: "someone else changed it" explains an unexpected status too.
    if (current.version !== change.version) throw new ConflictError();
    if (!result.ok) throw new ExpectedError("errors.invalidState");

    const now = new Date();
    const updated = await tx.serviceRequest.updateMany({
      where: { id: current.id, version: change.version },
      data: { ...change.data(now, current), status: result.to, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();

    await tx.requestEvent.create({
      data: {
        requestId: current.id,
        kind: change.action,
        visibility: "CUSTOMER",
        actorId: actor.userId,
        fromStatus: current.status,
        toStatus: result.to,
        body: change.body,
        createdAt: now,
      },
    });
    await audit(tx, actor, {
      action: `request.${change.action}`,
      targetType: "ServiceRequest",
      targetId: current.id,
      summary: { srn: change.srn, from: current.status, to: result.to },
    });
    await notifyCustomer(tx, current.customerId, change.template, { srn: change.srn, message: change.body ?? "" });
    return { srn: change.srn, status: result.to };
  });
}

/**
 * Access: staff with request:accept. 受理; the accepting agent becomes the owner (首问负责制),
 * and a message to the customer counts as the first response.
 */
export function acceptRequest(actor: StaffActor, input: AcceptRequestInput) {
  return applyChange(actor, {
    action: "accept",
    srn: input.srn,
    version: input.version,
    body: input.message || null,
    template: "request.accepted",
    data: (now, current) => ({
      acceptedAt: now,
      ownerId: actor.userId,
      ...(current.respondBy && !current.respondedAt ? { respondedAt: now } : {}),
    }),
  });
}

/** Access: staff with request:return. 退回 with the reason, which the customer sees. */
export function returnRequest(actor: StaffActor, input: ReturnRequestInput) {
  return applyChange(actor, {
    action: "return",
    srn: input.srn,
    version: input.version,
    body: input.reason,
    template: "request.returned",
    // The reason given to the customer is a response.
    data: (now, current) => ({
      closedAt: now,
      ownerId: actor.userId,
      ...(current.respondBy && !current.respondedAt ? { respondedAt: now } : {}),
    }),
  });
}

/** Access: the customer who owns the request, before acceptance. 撤销. */
export function withdrawRequest(actor: CustomerActor, input: WithdrawRequestInput) {
  return applyChange(actor, {
    action: "withdraw",
    srn: input.srn,
    version: input.version,
    body: null,
    template: "request.withdrawn",
    data: (now) => ({ closedAt: now }),
  });
}
