import "server-only";
import type { RegisterData } from "@/lib/schemas/auth";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { audit } from "../audit";
import { ExpectedError } from "../action";
import { hashPassword } from "../passwords";
import { getCurrentNotice, recordRegistrationConsents } from "./consents";

/**
 * Access: public (self-registration). Creates a personal customer and its sign-in account.
 * Staff accounts are never created here. Records consent to the privacy notice in force (the
 * form requires it) and the optional marketing consents as given.
 */
export async function registerCustomer(input: RegisterData): Promise<{ userId: string }> {
  const email = input.email || null;
  const taken = await db.user.findFirst({
    where: { OR: [{ phone: input.phone }, ...(email ? [{ email }] : [])] },
    select: { phone: true, email: true },
  });
  const customerTaken = await db.customer.findUnique({ where: { phone: input.phone }, select: { id: true } });
  if (taken || customerTaken) {
    const fieldErrors: Record<string, string[]> = {};
    if (customerTaken || taken?.phone === input.phone) fieldErrors.phone = ["validation.phoneTaken"];
    if (email && taken?.email === email) fieldErrors.email = ["validation.emailTaken"];
    throw new ExpectedError("errors.registrationFailed", fieldErrors);
  }
  const notice = await getCurrentNotice();
  if (!notice) throw new Error("No privacy notice is published");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const customer = await tx.customer.create({
        data: { type: "PERSONAL", name: input.name, phone: input.phone, email, lifecycleStage: "NEW", area: "" },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: { role: "CUSTOMER", displayName: input.name, phone: input.phone, email, passwordHash, customerId: customer.id },
        select: { id: true },
      });
      await recordRegistrationConsents(tx, user.id, { noticeVersion: notice.version, marketing: { MARKETING_SMS: input.marketingSms, MARKETING_EMAIL: input.marketingEmail } });
      await audit(tx, { userId: user.id, role: "CUSTOMER" }, {
        action: "customer.register",
        targetType: "Customer",
        targetId: customer.id,
        summary: { channel: "WEB", noticeVersion: notice.version, marketingSms: input.marketingSms, marketingEmail: input.marketingEmail },
      });
      return { userId: user.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ExpectedError("errors.registrationFailed", { phone: ["validation.phoneTaken"] });
    }
    throw error;
  }
}

/** Access: the customer themself. Their own contact phone, unmasked (it is theirs). */
export async function getMyContactPhone(actor: { customerId: string }) {
  const row = await db.customer.findUnique({ where: { id: actor.customerId }, select: { phone: true } });
  return row?.phone ?? "";
}
