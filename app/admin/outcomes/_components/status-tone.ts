import type { OutcomeStatus } from "@/lib/domain/outcomes";

/** The badge colour of each outcome page status, the same on every staff page. */
export const STATUS_TONE: Record<OutcomeStatus, "warning" | "info" | "success" | "neutral"> = { DRAFT: "warning", IN_REVIEW: "info", PUBLISHED: "success", UNPUBLISHED: "neutral" };
