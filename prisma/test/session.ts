// A stand-in for server/auth.ts in integration tests. Use it with
//   vi.mock("@/server/auth", () => import("@/prisma/test/session"));
// and choose who is signed in with signInAs(). Only the session is faked: getActor() still
// reads the user from the database.
import { vi } from "vitest";

type Session = { uid?: string; sv?: number } | null;
let current: Session = null;

export function signInAs(user: { id: string; sessionVersion: number } | null) {
  current = user ? { uid: user.id, sv: user.sessionVersion } : null;
}

export function setSession(session: Session) {
  current = session;
}

export const auth = vi.fn(async () => current);
export const signIn = vi.fn(async () => undefined);
export const signOut = vi.fn(async () => undefined);
export const handlers = {};
export const verifyCredentials = vi.fn(async () => null);
export class ThrottledSignIn extends Error {}
