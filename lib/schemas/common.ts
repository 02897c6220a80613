import { z } from "zod";

// Error messages are message keys under "validation" in messages/*.json; forms translate them.
// A check without its own key (a wrong type, a value that is not an object at all) says
// "validation.required" for a missing value and "validation.invalid" otherwise, never zod's English
// default: one global setting, loaded with the schemas on the client and the server alike
// (server/fuzz.int.test.ts holds every action to translated messages).
z.config({
  customError: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "validation.required" : "validation.invalid"),
});
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export const phoneSchema = z.string().trim().regex(MAINLAND_MOBILE, "validation.phone");
export const emailSchema = z.string().trim().toLowerCase().max(254, "validation.email").pipe(z.email("validation.email"));
export const optionalEmailSchema = z.union([z.literal(""), emailSchema]);
export const idempotencyKeySchema = z.uuid("validation.idempotencyKey");
export const srnSchema = z.string().trim().toUpperCase().regex(/^SR\d{14}$/, "validation.srn");
export const versionSchema = z.number().int().min(1);
export const idSchema = z.string().min(1, "validation.required").max(40);

export function text(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min, min <= 1 ? "validation.required" : `validation.tooShort.${min}`)
    .max(max, `validation.tooLong.${max}`);
}
