import "server-only";
import { after } from "next/server";
import { runDeliverySweep } from "../notify/sweep";
import { errorField, log } from "@/server/log";

/**
 * Fans a stage out once the staff member's response has been sent, which is after the action's
 * transaction committed; then sends the SMS and e-mail it wrote. Outside a request (scripts,
 * tests) `after` is unavailable and the periodic job (incident-fanout.ts) does it instead, as it
 * does for a stage whose fan-out was cut short.
 */
export function fanOutAfterResponse(updateId: string) {
  try {
    after(async () => {
      try {
        const { fanOutUpdate } = await import("./incident-fanout");
        await fanOutUpdate(updateId);
        await runDeliverySweep();
      } catch (error) {
        log.warn({ job: "incidents", error: errorField(error) }, `fan-out of ${updateId} failed, left to the periodic job`);
      }
    });
  } catch {
    // Not in a request: left to the periodic job.
  }
}
