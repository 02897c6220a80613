import { z } from "zod";
import { srnSchema } from "./common";

// /track: step 1, the SRN and the contact phone's last four digits; step 2, the code sent by SMS.
export const trackingRequestSchema = z.object({
  srn: srnSchema,
  phoneTail: z.string().trim().regex(/^\d{4}$/, "validation.phoneTail"),
});
export type TrackingRequestInput = z.infer<typeof trackingRequestSchema>;

export const trackingVerifySchema = z.object({
  srn: srnSchema,
  code: z.string().trim().regex(/^\d{6}$/, "validation.trackingCode"),
});
export type TrackingVerifyInput = z.infer<typeof trackingVerifySchema>;
