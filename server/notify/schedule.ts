import "server-only";
import { after } from "next/server";
import { runDeliverySweep } from "./sweep";

/**
 * Sends what is due once the current response has been sent, which is after the action's
 * transaction committed. Outside a request (scripts, tests) `after` is unavailable and the
 * periodic sweep sends the messages instead.
 */
export function deliverAfterResponse() {
  try {
    after(() => runDeliverySweep());
  } catch {
    // Not in a request: left to the periodic sweep.
  }
}
