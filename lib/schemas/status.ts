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
  // E-mail addresses are compared lower-cased; a phone number has no letters to change.
  address: z
    .string()
    .trim()
    .max(254, "validation.email")
    .transform((v) => (v.includes("@") ? v.toLowerCase() : v)),
};

type AddressValue = { channel?: unknown; address?: unknown };
// The address is checked against the channel even while another field (the area) is still
// wrong, so that the form shows every error at once.
const channelKnown = (payload: { value: unknown }) => {
  const v = payload.value as AddressValue | null | undefined;
  // A payload that is not an object at all (malformed input) has no address to check.
  if (!v || typeof v !== "object") return false;
  return (STATUS_CHANNELS as readonly unknown[]).includes(v.channel) && typeof v.address === "string";
};

/** The address must suit the channel: a mainland mobile number for SMS, an e-mail address for EMAIL. */
function withAddressRule<T extends z.ZodObject<typeof addressFields>>(schema: T) {
  return schema
    .refine((v) => v.channel !== "SMS" || MAINLAND_MOBILE.test(v.address), { path: ["address"], message: "validation.phone", when: channelKnown })
    .refine((v) => v.channel !== "EMAIL" || emailSchema.safeParse(v.address).success, { path: ["address"], message: "validation.email", when: channelKnown });
}

export const statusSubscribeSchema = withAddressRule(z.object(addressFields));
export type StatusSubscribeInput = z.infer<typeof statusSubscribeSchema>;

export const statusConfirmSchema = withAddressRule(z.object({ ...addressFields, code: z.string().trim().regex(/^\d{6}$/, "validation.trackingCode") }));
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
