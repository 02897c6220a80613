import { TEMPLATE_VARIABLES, fillTemplate, isTemplateVariable, unknownVariables, variablesIn, type TemplateVariable } from "./template-variables";

// Reply templates (ReplyTemplate rows): a text with {variables} that staff pick on the request
// page, filled for the request in the customer's language, edited, then sent as a message. The
// variables are a closed list: a template that names any other one is refused, so a typo never
// reaches a customer as "{custmerName}".

// The variable list, the {name} syntax and the check live in ./template-variables.ts (shared with
// the template editor at /admin/templates); this file fills a template for one request.
export { unknownVariables };
export const REPLY_TEMPLATE_VARIABLES = TEMPLATE_VARIABLES;
export type ReplyTemplateVariable = TemplateVariable;
export type ReplyTemplateValues = Record<ReplyTemplateVariable, string>;
export const isReplyTemplateVariable = isTemplateVariable;
/** The variables a template text names, each once, in order of first use. */
export const templateVariables = variablesIn;

export type RenderResult = { ok: true; text: string } | { ok: false; unknown: string[] };

/**
 * Fills a template's variables. Refuses (ok: false, with the names) a template that names an
 * unknown variable, rather than sending it half-filled. A known variable with no value becomes "".
 */
export function renderReplyTemplate(body: string, values: Partial<ReplyTemplateValues>): RenderResult {
  const unknown = unknownVariables(body);
  if (unknown.length) return { ok: false, unknown };
  const all = Object.fromEntries(REPLY_TEMPLATE_VARIABLES.map((name) => [name, values[name] ?? ""])) as ReplyTemplateValues;
  return { ok: true, text: fillTemplate(body, all) };
}

/** A template variable still in a text about to be sent (the editor kept "{deadline}" by mistake). */
export function leftoverVariables(text: string): string[] {
  return templateVariables(text).filter(isReplyTemplateVariable);
}

/** The template is offered for a request of this type: its types list it, or it lists none. */
export function templateAppliesTo(template: { types: readonly string[]; active: boolean }, type: string): boolean {
  return template.active && (template.types.length === 0 || template.types.includes(type));
}

/** Statuses in which staff write to the customer outside a status change (being worked, or awaiting confirmation). */
export const REPLY_STATUSES = ["ACCEPTED", "IN_PROGRESS", "AWAITING_INFO", "RESOLVED"] as const;

/**
 * Whether a message to the customer (回复客户) fits the request: being worked, and not a
 * complaint, whose reply (反馈) is its resolve flow with its own approval.
 */
export function canReplyTo(request: { type: string; status: string }): boolean {
  return request.type !== "COMPLAINT" && (REPLY_STATUSES as readonly string[]).includes(request.status);
}
