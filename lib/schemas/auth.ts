import { z } from "zod";
import { MAINLAND_MOBILE, emailSchema, optionalEmailSchema, phoneSchema, text } from "./common";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// Customers sign in with their phone number or e-mail; staff with e-mail.
export const loginSchema = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(254, "validation.identifier")
    .refine((v) => MAINLAND_MOBILE.test(v) || emailSchema.safeParse(v).success, "validation.identifier"),
  password: z.string().min(1, "validation.required").max(PASSWORD_MAX, "validation.passwordTooLong"),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, "validation.passwordTooShort")
  .max(PASSWORD_MAX, "validation.passwordTooLong")
  .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), "validation.passwordWeak");

export const registerSchema = z
  .object({
    name: text(1, 50),
    phone: phoneSchema,
    email: optionalEmailSchema,
    password: passwordSchema,
    confirmPassword: z.string().min(1, "validation.required"),
    // PIPL arts. 14 and 16: consent to the privacy notice is required to open an account;
    // marketing by SMS or e-mail is optional, unticked by default, and never a condition.
    acceptPrivacy: z.boolean("validation.acceptPrivacy").refine((v) => v, "validation.acceptPrivacy"),
    marketingSms: z.boolean().default(false),
    marketingEmail: z.boolean().default(false),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "validation.passwordMismatch", path: ["confirmPassword"] });
export type RegisterInput = z.input<typeof registerSchema>;
export type RegisterData = z.output<typeof registerSchema>;

/** The sign-in form also carries where to go afterwards (checked by safeNextPath). */
export const loginFormSchema = loginSchema.extend({ next: z.string().max(300).optional() });
export type LoginFormInput = z.infer<typeof loginFormSchema>;
