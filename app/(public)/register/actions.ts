"use server";

import { registerSchema } from "@/lib/schemas/auth";
import { publicAction } from "@/server/action";
import { signIn } from "@/server/auth";
import { registerCustomer } from "@/server/dal/customers";

export const registerAction = publicAction(registerSchema, async (input) => {
  await registerCustomer(input);
  // Signs the new customer in; the redirect is thrown and passed through by the wrapper.
  await signIn("credentials", { identifier: input.phone, password: input.password, redirectTo: "/account/requests" });
  return null;
});
