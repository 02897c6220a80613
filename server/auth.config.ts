import type { NextAuthConfig } from "next-auth";

// Edge-safe part of the Auth.js configuration (no database), used by server/auth.ts.
// Sessions are JWTs (the Credentials provider requires them); server/actor.ts re-reads the user
// on every request, so disabling a user or bumping the session version ends their sessions.
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // The app is served by `next start`, usually behind a reverse proxy that sets the Host header.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
  },
} satisfies NextAuthConfig;
