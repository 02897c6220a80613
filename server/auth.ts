import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { loginSchema } from "@/lib/schemas/auth";
import { MAINLAND_MOBILE } from "@/lib/schemas/common";
import { authConfig } from "./auth.config";
import { db } from "./db";
import { audit } from "./audit";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { clearAccount, lockedForMs, loginThrottleKeys, recordFailure } from "./throttle";
import { getRequestMeta } from "./request-context";

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

/** Checks a sign-in attempt. The same answer for an unknown user and a wrong password. */
export async function verifyCredentials(raw: unknown) {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { identifier, password } = parsed.data;
  const { ip } = await getRequestMeta();
  const keys = loginThrottleKeys(identifier, ip);
  if ((await lockedForMs(keys)) > 0) throw new ThrottledSignIn();

  const where = MAINLAND_MOBILE.test(identifier) ? { phone: identifier } : { email: identifier.toLowerCase() };
  const user = await db.user.findUnique({ where });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || user.disabled) {
    await recordFailure(keys);
    await db.$transaction((tx) =>
      audit(tx, null, { action: "auth.login_failed", targetType: "User", targetId: user?.id ?? null, summary: { reason: !user ? "unknown" : user.disabled ? "disabled" : "password" } }),
    );
    return null;
  }
  await clearAccount(keys);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await audit(tx, { userId: user.id, role: user.role }, { action: "auth.login", targetType: "User", targetId: user.id });
  });
  return { id: user.id, name: user.displayName, sessionVersion: user.sessionVersion };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      authorize: (credentials) => verifyCredentials(credentials),
    }),
  ],
});
