import type { MetricKey, MetricScope } from "./metrics";
import type { BlockError } from "./outcome-blocks";

// 服务成效页 (issue 7): the states of an outcome page and the one rule for which step is legal
// from which state (docs/decisions/0019-outcome-pages.md). Who may take a step — outcome:edit or
// outcome:publish, and never approving one's own text — is checked by server/dal/outcomes.ts.

export const OUTCOME_STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "UNPUBLISHED"] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** What a revision row records (OutcomeRevision.action). */
export const OUTCOME_STEPS = ["EDIT", "SUBMIT", "APPROVE", "REPUBLISH", "REJECT", "UNPUBLISH"] as const;
export type OutcomeStep = (typeof OUTCOME_STEPS)[number];

/**
 * Only drafts and unpublished pages are edited: the text under review is the text approved, and a
 * published page is taken down (unpublished) before it changes. Saving an unpublished page makes
 * it a draft again.
 */
export function isEditable(status: OutcomeStatus): boolean {
  return status === "DRAFT" || status === "UNPUBLISHED";
}

const NEXT: Record<Exclude<OutcomeStep, "REPUBLISH">, { from: readonly OutcomeStatus[]; to: OutcomeStatus }> = {
  EDIT: { from: ["DRAFT", "UNPUBLISHED"], to: "DRAFT" },
  SUBMIT: { from: ["DRAFT", "UNPUBLISHED"], to: "IN_REVIEW" },
  APPROVE: { from: ["IN_REVIEW"], to: "PUBLISHED" },
  REJECT: { from: ["IN_REVIEW"], to: "DRAFT" },
  UNPUBLISH: { from: ["PUBLISHED"], to: "UNPUBLISHED" },
};

/** The state after a step, or null when the step is not legal from `status`. */
export function outcomeStep(step: Exclude<OutcomeStep, "REPUBLISH">, status: OutcomeStatus): OutcomeStatus | null {
  const rule = NEXT[step];
  return rule.from.includes(status) ? rule.to : null;
}

/** An approval of a page that was published before (and taken down) is recorded as REPUBLISH. */
export function approvalStep(wasPublished: boolean): "APPROVE" | "REPUBLISH" {
  return wasPublished ? "REPUBLISH" : "APPROVE";
}

/**
 * Everyone who wrote the text now under review: the author, and whoever saved or submitted it
 * since it was last approved. None of them may approve it (no self-approval).
 */
export function contributorsSinceApproval(authorId: string, revisions: ReadonlyArray<{ action: string; actorId: string }>): Set<string> {
  const out = new Set([authorId]);
  // Oldest first: an approval closes a cycle, and only the open cycle's writers count.
  for (const r of revisions) {
    if (r.action === "APPROVE" || r.action === "REPUBLISH") {
      out.clear();
      out.add(authorId);
    } else if (r.action === "EDIT" || r.action === "SUBMIT") out.add(r.actorId);
  }
  return out;
}

/** A before/after side of a project, as stored on the project (dates as ISO strings). */
export type ChartSide = { from: string; to: string; value: number | null; count: number | null };

/** The linked project's before/after chart: its stored baseline and check, compared by compareMetric. */
export type ProjectChart = {
  code: string;
  title: string;
  metricKey: MetricKey;
  scope: MetricScope;
  targetValue: number | null;
  baseline: ChartSide;
  check: ChartSide | null;
  delta: number | null;
  verdict: "better" | "worse" | "same" | null;
};

/**
 * A page body ready to show: sanitized HTML runs, live metric figures and the project chart
 * (plain data: the same component draws it in the editor's preview and on the public page).
 */
export type RenderedSegment =
  | { kind: "html"; html: string }
  | { kind: "metric"; key: MetricKey; days: number; scope: MetricScope; from: string; to: string; value: number | null; count: number }
  | { kind: "chart"; chart: ProjectChart }
  | { kind: "invalid"; line: number; source: string; error: BlockError | "noProject" };
