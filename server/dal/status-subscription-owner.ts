import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import { db } from "../db";

// Status-page subscriptions are made by address, without an account; they are a customer's
// personal data when the address is one of theirs (their customer record's or account's phone
// or e-mail). The privacy export shows them and a deletion request deletes them.

/** Access: the customer themself (callers have checked). Which subscriptions are at the customer's own addresses. */
export async function ownSubscriptionsWhere(client: Tx | typeof db, who: { customerId: string; userId: string }): Promise<Prisma.StatusSubscriptionWhereInput> {
  const [customer, user] = await Promise.all([
    client.customer.findUnique({ where: { id: who.customerId }, select: { phone: true, email: true } }),
    client.user.findFirst({ where: { id: who.userId, customerId: who.customerId }, select: { phone: true, email: true } }),
  ]);
  const phones = [customer?.phone, user?.phone].filter((p): p is string => !!p);
  const emails = [customer?.email, user?.email].filter((e): e is string => !!e).map((e) => e.toLowerCase());
  return {
    OR: [
      { channel: "SMS", address: { in: phones } },
      { channel: "EMAIL", address: { in: emails } },
    ],
  };
}
