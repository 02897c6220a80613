"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n";
import { publicAction, action } from "@/server/action";
import { signOut } from "@/server/auth";
import { db } from "@/server/db";
import { audit } from "@/server/audit";

export const setLocaleAction = publicAction(z.object({ locale: z.enum(LOCALES) }), async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return { locale };
});

export const signOutAction = action(z.object({}), async (_input, { actor }) => {
  await db.$transaction((tx) => audit(tx, actor, { action: "auth.logout", targetType: "User", targetId: actor.userId }));
  await signOut({ redirectTo: "/" });
  return null;
});
