"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { loginFormSchema } from "@/lib/schemas/auth";
import { safeNextPath } from "@/lib/safe-redirect";
import { ExpectedError, publicAction } from "@/server/action";
import { signIn } from "@/server/auth";

export const loginAction = publicAction(loginFormSchema, async ({ identifier, password, next }) => {
  try {
    // On success this throws Next.js's redirect, which the wrapper lets through.
    await signIn("credentials", { identifier, password, redirectTo: safeNextPath(next) ?? "/account" });
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = error instanceof CredentialsSignin && error.code === "throttled";
      throw new ExpectedError(throttled ? "errors.throttled" : "errors.invalidCredentials");
    }
    throw error;
  }
  return null;
});
