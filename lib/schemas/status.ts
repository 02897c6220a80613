import { z } from "zod";
import { isKnownArea } from "../domain/areas";
import { MAINLAND_MOBILE, emailSchema, idSchema } from "./common";

// /status: subscribing to an area's outage notices by SMS or e-mail (step 1: the address; step 2:
// the code sent to it), unsubscribing with the link's token, and the fault form's "wait for the
// restore" choice for a customer's own line.

export const STATUS_CHANNELS = ["SMS", "EMAIL"] as const;
export type StatusChannel = (typeof STATUS_CHANNELS)[number];

const areaSchema = z.string().trim().refine(isKnownArea, "status.validation.area");

const addressFields = {
  area: areaSchema,
  channel: z.enum(STATUS_CHANNELS, "status.validation.channel"),
  address: z.string().trim().max(254, "validation.email"),
};

/** The address must suit the channel: a mainland mobile number for SMS, an e-mail address for EMAIL (lower-cased). */
function checkAddress<T extends { channel: StatusChannel; address: string }>(value: T, ctx: z.RefinementCtx): T {
  if (value.channel === "SMS") {
    if (!MAINLAND_MOBILE.test(value.address)) ctx.addIssue({ code: "custom", path: ["address"], message: "validation.phone" });
    return value;
  }
  const email = emailSchema.safeParse(value.address);
  if (!email.success) {
    ctx.addIssue({ code: "custom", path: ["address"], message: "validation.email" });
    return value;
  }
  return { ...value, address: email.data };
}

export const statusSubscribeSchema = z.object(addressFields).transform(checkAddress);
export type StatusSubscribeInput = z.infer<typeof statusSubscribeSchema>;

export const statusConfirmSchema = z
  .object({ ...addressFields, code: z.string().trim().regex(/^\d{6}$/, "validation.trackingCode") })
  .transform(checkAddress);
export type StatusConfirmInput = z.infer<typeof statusConfirmSchema>;

export const statusUnsubscribeSchema = z.object({ token: z.string().trim().min(1, "status.unsubscribe.invalid").max(200, "status.unsubscribe.invalid") });
export type StatusUnsubscribeInput = z.infer<typeof statusUnsubscribeSchema>;

export const waitForRestoreSchema = z.object({ lineId: idSchema });
export type WaitForRestoreInput = z.infer<typeof waitForRestoreSchema>;

/** The history filter in the address (?area=…): a listed area, or none. */
export function parseAreaFilter(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v && isKnownArea(v) ? v : null;
}
