import "server-only";
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library defaults (m=19 MiB, t=2, p=1: OWASP's minimum), ~19 ms a hash here.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no user matches keeps the timing of "no such user" and
// "wrong password" alike.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash("servicehall-timing-equaliser");
  return dummyHash;
}

// Temporary passwords an admin hands to a staff member (new account, reset): 16 characters in
// four groups from 56 letters and digits that are hard to misread (no 0/O, 1/l/I), ~93 bits,
// always with a letter and a digit (lib/schemas/auth.ts passwordSchema). Shown once, never stored.
const TEMP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
export function generateTemporaryPassword(): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)]).join("");
    if (/[A-Za-z]/.test(chars) && /\d/.test(chars)) return chars.match(/.{4}/g)!.join("-");
  }
}
