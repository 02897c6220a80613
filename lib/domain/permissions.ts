import type { Role } from "./roles";

// The one permission table: which role may do what. Pages, actions and the DAL ask
// server/policy.ts, which reads this table; the UI may read it to hide what cannot be done.
export const PERMISSIONS = {
  // Customers act on their own records only; the DAL scopes every query to the actor.
  "request:create:own": ["CUSTOMER"],
  "request:read:own": ["CUSTOMER"],
  "request:withdraw:own": ["CUSTOMER"],
  "request:provideInfo:own": ["CUSTOMER"],
  "request:confirm:own": ["CUSTOMER"],
  "request:reopen:own": ["CUSTOMER"],
  "request:rate:own": ["CUSTOMER"],
  "survey:answer:own": ["CUSTOMER"],
  // 套餐调整 on the customer's own lines (from 我的套餐), and cancelling it before it takes effect.
  "plan:change:own": ["CUSTOMER"],
  // Privacy centre (PIPL): a customer's own data — copy it, correct it, consents, requests.
  "privacy:export:own": ["CUSTOMER"],
  "profile:update:own": ["CUSTOMER"],
  "privacy:consent:own": ["CUSTOMER"],
  "privacy:request:own": ["CUSTOMER"],
  // 销户: the customer asks for their own line to be terminated, confirmed by an SMS code.
  "termination:request:own": ["CUSTOMER"],
  "notification:read:own": ["CUSTOMER", "AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "ADMIN", "AUDITOR"],
  // Staff area.
  "admin:access": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "ADMIN", "AUDITOR"],
  "queue:read": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER"],
  "request:read:any": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "AUDITOR"],
  "request:accept": ["AGENT", "SUPERVISOR"],
  "request:return": ["AGENT", "SUPERVISOR"],
  // Working a request after acceptance: the front line, the field and network technicians, and
  // their supervisors. Closing without the customer's confirmation needs a recorded reason and is
  // a front-line decision (R2.3 闭环).
  "request:start": ["AGENT", "TECHNICIAN", "SUPERVISOR"],
  "request:requestInfo": ["AGENT", "TECHNICIAN", "SUPERVISOR"],
  "request:resolve": ["AGENT", "TECHNICIAN", "SUPERVISOR"],
  "request:close": ["AGENT", "SUPERVISOR"],
  // 分派: a supervisor gives requests to any active staff member or team (the queue in bulk, or
  // one request on its page); it ends the previous owner's first-contact ownership (首问负责).
  "request:assign": ["SUPERVISOR"],
  // 移交 / 派单: the current owner hands their own request over explicitly to another agent or
  // technician, or dispatches it to a team (the DAL checks the actor is the owner, unless a supervisor).
  "request:handover": ["AGENT", "TECHNICIAN", "SUPERVISOR"],
  // 内部备注: a note on the timeline that only staff read; no status change, nothing to the customer.
  "request:note": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER"],
  // 回复客户: a message to the customer (from a reply template or free text); counts as the first
  // response where the type promises one. A complaint's 反馈 is its resolve flow, not this.
  "request:reply": ["AGENT", "TECHNICIAN", "SUPERVISOR"],
  // 升级: hand a request up to a supervisor with the reason; the supervisor clears it once handled.
  "request:escalate": ["AGENT", "TECHNICIAN", "SUPERVISOR"],
  "request:deescalate": ["SUPERVISOR"],
  "request:reopen": ["AGENT", "SUPERVISOR"],
  // 分级: setting a request's level (1 重大, 2 一般, 3 轻微) and, before acceptance, its special flag,
  // which recomputes its deadlines (the SLA engine, issue 5).
  "request:setLevel": ["AGENT", "SUPERVISOR"],
  // 回访: return-visit tasks (/admin/follow-ups), worked by the front line and quality.
  "followup:handle": ["AGENT", "SUPERVISOR", "QUALITY_MANAGER"],
  // 投诉 处理 (the stage after 调查): the complaint handlers, front line and supervisors.
  "complaint:remedy": ["AGENT", "SUPERVISOR"],
  // A reply to a level-1 (major) complaint goes out only once a supervisor approves it
  // (/admin/approvals); a supervisor's own reply goes straight out, recorded as self-approved.
  "complaint:approve": ["SUPERVISOR"],
  "customer:reveal": ["AGENT", "SUPERVISOR"],
  // Customer 360 (/admin/customers): find a customer and read their whole record, masked; every
  // view of a customer is audited. Auditors read it; nobody changes it there.
  "customer:read": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "AUDITOR"],
  // R2.1: a request taken by phone or at the counter, entered by staff on the customer's behalf.
  "request:create:onBehalf": ["AGENT", "SUPERVISOR"],
  "audit:read": ["ADMIN", "AUDITOR"],
  "user:manage": ["ADMIN"],
  // Administration (/admin/teams, /admin/plans): the teams requests are routed to, and the plan
  // catalogue customers choose from (an inactive plan is no longer offered; its lines keep it).
  "team:manage": ["ADMIN"],
  "plan:manage": ["ADMIN"],
  // The 管理 index (/admin/settings): every role that may open at least one area it lists
  // (lib/domain/admin-areas.ts; a unit test holds the two together).
  "admin:settings": ["SUPERVISOR", "QUALITY_MANAGER", "ADMIN"],
  // The outbox of SMS and e-mail (/admin/outbox): reading it shows message texts.
  "outbox:read": ["ADMIN"],
  "outbox:retry": ["ADMIN"],
  // The FAQ / knowledge base: /help is public; in /admin/help every staff member (admin:access)
  // reads all articles, drafts included, and these roles write articles and categories.
  "help:edit": ["SUPERVISOR", "QUALITY_MANAGER", "ADMIN"],
  // Reply templates (/admin/templates): create, edit, deactivate the texts handlers start from.
  "template:manage": ["SUPERVISOR", "ADMIN"],
  // Privacy requests (/admin/privacy): deciding on deletion and other requests, and erasing data.
  "privacy:handle": ["SUPERVISOR", "ADMIN"],
  // Completing a termination: the line ends, the settlement is fixed and the record archived.
  "termination:complete": ["AGENT", "SUPERVISOR"],
  // The five-year archives of terminated lines (/admin/archives), read-only; every read is audited.
  "archive:read": ["SUPERVISOR", "QUALITY_MANAGER", "AUDITOR", "ADMIN"],
  // SLA policies and business calendars (/admin/sla, /admin/calendars): admins edit them (every
  // save of a policy is a new version); supervisors and quality managers read them.
  "sla:read": ["SUPERVISOR", "QUALITY_MANAGER", "ADMIN"],
  "sla:manage": ["ADMIN"],
  // Incidents (/admin/incidents, R3.4): the network and field technicians and their supervisors
  // declare an outage, post its updates and ETA, tick the playbook and restore it; the front line,
  // quality and auditors read them (the front line answers the phone during an outage).
  "incident:read": ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "AUDITOR", "ADMIN"],
  "incident:manage": ["TECHNICIAN", "SUPERVISOR"],
  // The published commitments (/admin/commitments): quality managers and admins publish versions.
  "commitment:manage": ["QUALITY_MANAGER", "ADMIN"],
  // Remedies (/admin/remedies): proposed by the system when a commitment is broken; supervisors
  // approve or reject them; quality managers and auditors read them; the rule table
  // (/admin/remedies/rules) belongs to quality managers and admins.
  "remedy:read": ["SUPERVISOR", "QUALITY_MANAGER", "AUDITOR", "ADMIN"],
  "remedy:decide": ["SUPERVISOR"],
  "remedy:rules": ["QUALITY_MANAGER", "ADMIN"],
  // The quality loop (issue 7). Reports (/admin/reports): managers, quality and auditors read the
  // figures and export them as CSV.
  "report:read": ["SUPERVISOR", "QUALITY_MANAGER", "ADMIN", "AUDITOR"],
  // Survey waves (/admin/surveys): quality managers define and send NPS/CSI waves; their results
  // appear in the reports.
  "survey:manage": ["QUALITY_MANAGER"],
  // 服务改进项目库 (/admin/improvements): supervisors and quality managers run PDCA projects;
  // admins and auditors read them.
  "improvement:read": ["SUPERVISOR", "QUALITY_MANAGER", "ADMIN", "AUDITOR"],
  "improvement:manage": ["SUPERVISOR", "QUALITY_MANAGER"],
  // Service-outcome pages (/admin/outcomes): supervisors and quality managers write and submit
  // them; a quality manager or admin other than the author approves (publishes) or unpublishes.
  "outcome:edit": ["SUPERVISOR", "QUALITY_MANAGER"],
  "outcome:publish": ["QUALITY_MANAGER", "ADMIN"],
  // Churn risk (/admin/retention): the front line, supervisors and quality read the scored list
  // and work win-back tasks; supervisors and quality managers rescore on demand.
  "churn:read": ["AGENT", "SUPERVISOR", "QUALITY_MANAGER"],
  "churn:score": ["SUPERVISOR", "QUALITY_MANAGER"],
  "winback:manage": ["AGENT", "SUPERVISOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
