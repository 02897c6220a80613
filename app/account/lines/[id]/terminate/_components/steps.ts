import type { TerminationReasonInput } from "@/lib/schemas/termination";

// The wizard's steps, in order, and their URLs: the step and the reason live in the query string,
// and the page re-checks everything on the server at every step.
export const WIZARD_STEPS = ["reason", "checks", "settlement", "porting", "confirm"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export function stepHref(lineId: string, step: WizardStep, reason?: TerminationReasonInput | null): string {
  const params = new URLSearchParams();
  if (step !== "reason") params.set("step", step);
  if (reason) {
    params.set("reason", reason.reason);
    if (reason.note) params.set("note", reason.note);
  }
  const query = params.toString();
  return `/account/lines/${encodeURIComponent(lineId)}/terminate${query ? `?${query}` : ""}`;
}
