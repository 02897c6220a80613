import { db } from "@/server/db";
import { truncateAll } from "../truncate";

/** Empties every application table before each integration test. */
export function resetDatabase() {
  return truncateAll(db);
}
