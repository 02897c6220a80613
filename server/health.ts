import "server-only";
import { db } from "./db";

/** A database round trip. Unsafe-free: reads no data. */
export async function checkDatabase(): Promise<boolean> {
  try {
    const rows = await db.$queryRaw<Array<{ ok: number }>>`SELECT 1 AS ok`;
    return rows[0]?.ok === 1;
  } catch {
    return false;
  }
}
