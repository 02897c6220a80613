import "server-only";
import { needsReturnVisit, type RateRequestData } from "@/lib/schemas/rating";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";

/** A return visit (回访) after a low rating is due this long after the rating. */
export const LOW_RATING_FOLLOW_UP_HOURS = 24;

const RATEABLE = ["RESOLVED", "CLOSED"] as const;

export const ratingSelect = { score: true, reasons: true, comment: true, resolved: true, createdAt: true } as const satisfies Prisma.RatingSelect;
export type RatingView = Prisma.RatingGetPayload<{ select: typeof ratingSelect }>;

/**
 * Access: the customer who owns the request (requestScope), with request:rate:own, while it is
 * RESOLVED or CLOSED. One rating per request: a second call, or a double submit racing the first,
 * returns the first rating and writes nothing. A low score or "not resolved" opens a LOW_RATING
 * return visit for staff in the same transaction, unless one is already open.
 */
export async function rateRequest(actor: Actor, input: RateRequestData): Promise<RatingView> {
  if (actor.kind !== "customer" || !can(actor, "request:rate:own")) throw new ForbiddenError();
  const request = await db.serviceRequest.findFirst({
    where: { customerId: actor.customerId, srn: input.srn },
    select: { id: true, status: true, ownerId: true, rating: { select: ratingSelect } },
  });
  if (!request) throw new NotFoundError();
  if (request.rating) return request.rating;
  if (!(RATEABLE as readonly string[]).includes(request.status)) throw new ExpectedError("errors.invalidState");
  const resolved = input.resolved === "yes";
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const rating = await tx.rating.create({
        data: {
          requestId: request.id,
          customerId: actor.customerId,
          score: input.score,
          reasons: input.reasons,
          comment: input.comment || null,
          resolved,
          createdAt: now,
        },
        select: ratingSelect,
      });
      await tx.requestEvent.create({
        data: { requestId: request.id, kind: "rated", visibility: "CUSTOMER", actorId: actor.userId, body: null, createdAt: now },
      });
      let followUpId: string | null = null;
      if (needsReturnVisit({ score: input.score, resolved })) {
        const open = await tx.followUp.findFirst({ where: { requestId: request.id, reason: "LOW_RATING", status: "OPEN" }, select: { id: true } });
        followUpId =
          open?.id ??
          (
            await tx.followUp.create({
              data: {
                requestId: request.id,
                reason: "LOW_RATING",
                dueAt: new Date(now.getTime() + LOW_RATING_FOLLOW_UP_HOURS * 3_600_000),
                assigneeId: request.ownerId,
              },
              select: { id: true },
            })
          ).id;
      }
      await audit(tx, actor, {
        action: "request.rate",
        targetType: "ServiceRequest",
        targetId: request.id,
        summary: { srn: input.srn, score: input.score, resolved, followUpId },
      });
      return rating;
    });
  } catch (error) {
    // Two submissions raced on the unique requestId: the loser returns the winner's rating.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.rating.findUnique({ where: { requestId: request.id }, select: ratingSelect });
      if (winner) return winner;
    }
    throw error;
  }
}
