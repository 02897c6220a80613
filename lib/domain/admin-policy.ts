import type { Permission } from "./permissions";

// The staff area's policy table: every page under /admin and every staff action, with the one
// permission (lib/domain/permissions.ts) that lets a role in. The authorization matrix test
// (server/authorization-matrix.int.test.ts) fails when a page or an action has no row here, when
// the code checks another permission than its row says, and when any role, a customer or an
// anonymous visitor gets in (or is kept out) against the table. Add the row with the page.

/** Page route (as under app/, with its [params]) → the permission requireStaff() checks. */
export const ADMIN_PAGES = {
  "/admin": "admin:access",
  "/admin/queue": "queue:read",
  "/admin/requests/[srn]": "request:read:any",
  "/admin/follow-ups": "followup:handle",
  "/admin/follow-ups/[id]": "followup:handle",
  "/admin/audit": "audit:read",
  "/admin/archives": "archive:read",
  "/admin/archives/[id]": "archive:read",
  "/admin/outbox": "outbox:read",
  // Every staff member reads the knowledge base (drafts included); help:edit writes it.
  "/admin/help": "admin:access",
  "/admin/help/[id]": "admin:access",
  "/admin/help/new": "help:edit",
  "/admin/help/categories": "admin:access",
  "/admin/privacy": "privacy:handle",
  "/admin/privacy/[id]": "privacy:handle",
  // Customer 360: search, the audited view, and a request entered on the customer's behalf.
  "/admin/customers": "customer:read",
  "/admin/customers/[id]": "customer:read",
  "/admin/customers/[id]/requests/new": "request:create:onBehalf",
  // Replies to level-1 complaints waiting for a supervisor.
  "/admin/approvals": "complaint:approve",
  "/admin/templates": "template:manage",
  "/admin/templates/new": "template:manage",
  "/admin/templates/[id]": "template:manage",
  // SLA policies and business calendars: read by supervisors, quality and admins; edited by admins.
  "/admin/sla": "sla:read",
  "/admin/sla/[type]": "sla:read",
  "/admin/calendars": "sla:read",
  "/admin/calendars/[id]": "sla:read",
  // Administration: the 管理 index, staff users, teams and the plan catalogue.
  "/admin/settings": "admin:settings",
  "/admin/users": "user:manage",
  "/admin/users/new": "user:manage",
  "/admin/users/[id]": "user:manage",
  "/admin/teams": "team:manage",
  "/admin/plans": "plan:manage",
  "/admin/plans/new": "plan:manage",
  "/admin/plans/[id]": "plan:manage",
  // The published commitments (服务承诺) and their measured compliance; publishing writes a version.
  "/admin/commitments": "commitment:manage",
  "/admin/commitments/[measure]": "commitment:manage",
  // Incidents (故障公告): read by the front line, quality and auditors; declared and worked by
  // network and field staff and supervisors (the declare page needs incident:manage).
  "/admin/incidents": "incident:read",
  "/admin/incidents/new": "incident:manage",
  "/admin/incidents/[code]": "incident:read",
  // Remedies (issue 6): the queue is read by supervisors, quality, auditors and admins and decided
  // by supervisors; the rules are edited by quality managers and admins.
  "/admin/remedies": "remedy:read",
  "/admin/remedies/rules": "remedy:rules",
  // Survey waves (issue 7): defined, sent, closed and read by quality managers.
  "/admin/surveys": "survey:manage",
  "/admin/surveys/new": "survey:manage",
  "/admin/surveys/[code]": "survey:manage",
  // Churn risk and win-back (R4.5): the risk list is read by agents, supervisors and quality; the
  // win-back tasks are worked by agents and supervisors.
  "/admin/retention": "churn:read",
  "/admin/retention/tasks": "winback:manage",
  // Improvement projects (服务改进项目库, issue 7): read by supervisors, quality, admins and
  // auditors; planned and worked (PDCA) by supervisors and quality managers.
  "/admin/improvements": "improvement:read",
  "/admin/improvements/new": "improvement:manage",
  "/admin/improvements/[code]": "improvement:read",
  // Reports (issue 7): supervisors, quality managers, admins and auditors; the hot-spot drill-down
  // and the CSV export (app/admin/reports/export/route.ts, a route handler) check the same permission.
  "/admin/reports": "report:read",
  "/admin/reports/hotspots": "report:read",
  // Service-outcome pages (服务成效页): every staff member reads them and their history (drafts
  // included, like the FAQ); outcome:edit writes and submits, outcome:publish approves.
  "/admin/outcomes": "admin:access",
  "/admin/outcomes/new": "outcome:edit",
  "/admin/outcomes/[id]": "admin:access",
} as const satisfies Record<string, Permission>;

/** "folder under app/admin#exported action" → the permission staffAction() checks first. */
export const ADMIN_ACTIONS = {
  "requests#acceptRequestAction": "request:accept",
  "requests#returnRequestAction": "request:return",
  "requests#startRequestAction": "request:start",
  "requests#requestInfoAction": "request:requestInfo",
  "requests#resolveRequestAction": "request:resolve",
  "requests#closeRequestAction": "request:close",
  "requests#remedyComplaintAction": "complaint:remedy",
  "requests#completeTerminationAction": "termination:complete",
  "requests#revealCustomerAction": "customer:reveal",
  "requests#addNoteAction": "request:note",
  "requests#assignRequestAction": "request:assign",
  "requests#handOverRequestAction": "request:handover",
  "requests#replyToCustomerAction": "request:reply",
  "requests#escalateRequestAction": "request:escalate",
  "requests#deescalateRequestAction": "request:deescalate",
  "requests#staffReopenAction": "request:reopen",
  "requests#setLevelAction": "request:setLevel",
  "queue#bulkAssignAction": "request:assign",
  "follow-ups#recordFollowUpAction": "followup:handle",
  "help#createHelpArticleAction": "help:edit",
  "help#updateHelpArticleAction": "help:edit",
  "help#previewHelpMarkdownAction": "help:edit",
  "help#createHelpCategoryAction": "help:edit",
  "help#updateHelpCategoryAction": "help:edit",
  "outbox#retryNotificationAction": "outbox:retry",
  "privacy#completePrivacyRequestAction": "privacy:handle",
  "privacy#refusePrivacyRequestAction": "privacy:handle",
  "customers#createRequestOnBehalfAction": "request:create:onBehalf",
  "customers#createComplaintOnBehalfAction": "request:create:onBehalf",
  "approvals#approveReplyAction": "complaint:approve",
  "approvals#rejectReplyAction": "complaint:approve",
  "templates#createTemplateAction": "template:manage",
  "templates#updateTemplateAction": "template:manage",
  "templates#setTemplateActiveAction": "template:manage",
  "sla#savePolicyAction": "sla:manage",
  "calendars#createCalendarAction": "sla:manage",
  "calendars#updateCalendarAction": "sla:manage",
  "calendars#addCalendarDayAction": "sla:manage",
  "calendars#removeCalendarDayAction": "sla:manage",
  "users#createStaffUserAction": "user:manage",
  "users#updateStaffUserAction": "user:manage",
  "users#setStaffUserDisabledAction": "user:manage",
  "users#resetStaffPasswordAction": "user:manage",
  "teams#createTeamAction": "team:manage",
  "teams#updateTeamAction": "team:manage",
  "plans#createPlanAction": "plan:manage",
  "plans#updatePlanAction": "plan:manage",
  "plans#setPlanActiveAction": "plan:manage",
  "commitments#publishCommitmentAction": "commitment:manage",
  "incidents#declareIncidentAction": "incident:manage",
  "incidents#postIncidentUpdateAction": "incident:manage",
  "incidents#tickPlaybookStepAction": "incident:manage",
  "incidents#restoreIncidentAction": "incident:manage",
  "remedies#approveRemedyAction": "remedy:decide",
  "remedies#rejectRemedyAction": "remedy:decide",
  "remedies#updateRemedyRuleAction": "remedy:rules",
  "surveys#createWaveAction": "survey:manage",
  "surveys#updateWaveAction": "survey:manage",
  "surveys#countSegmentAction": "survey:manage",
  "surveys#sendWaveAction": "survey:manage",
  "surveys#closeWaveAction": "survey:manage",
  "retention#rescoreCustomerAction": "churn:score",
  "retention#rescoreAllAction": "churn:score",
  "retention#createWinBackAction": "winback:manage",
  "retention#recordWinBackCallAction": "winback:manage",
  "retention#cancelWinBackAction": "winback:manage",
  "improvements#createImprovementAction": "improvement:manage",
  "improvements#moveImprovementAction": "improvement:manage",
  "improvements#recomputeCheckAction": "improvement:manage",
  "improvements#decideImprovementAction": "improvement:manage",
  "improvements#addImprovementActionAction": "improvement:manage",
  "improvements#completeImprovementActionAction": "improvement:manage",
  "improvements#addImprovementReviewAction": "improvement:manage",
  "improvements#changeImprovementOwnerAction": "improvement:manage",
  "improvements#linkImprovementRequestAction": "improvement:manage",
  "outcomes#createOutcomePageAction": "outcome:edit",
  "outcomes#updateOutcomePageAction": "outcome:edit",
  "outcomes#previewOutcomeAction": "outcome:edit",
  "outcomes#submitOutcomePageAction": "outcome:edit",
  "outcomes#approveOutcomePageAction": "outcome:publish",
  "outcomes#rejectOutcomePageAction": "outcome:publish",
  "outcomes#unpublishOutcomePageAction": "outcome:publish",
} as const satisfies Record<string, Permission>;
