// Reply templates (ReplyTemplate rows): a text with {variables} that staff pick on the request
// page, filled for the request in the customer's language, edited, then sent as a message. The
// variables are a closed list: a template that names any other one is refused, so a typo never
// reaches a customer as "{custmerName}".

export const REPLY_TEMPLATE_VARIABLES = ["customerName", "srn", "agentName", "typeName", "deadline"] as const;
export type ReplyTemplateVariable = (typeof REPLY_TEMPLATE_VARIABLES)[number];
export type ReplyTemplateValues = Record<ReplyTemplateVariable, string>;

/** `{name}` made of letters and digits, starting with a letter; any other brace stays literal text. */
const VARIABLE = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export function isReplyTemplateVariable(name: string): name is ReplyTemplateVariable {
  return (REPLY_TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

/** The variables a template text names, each once, in order of first use. */
export function templateVariables(body: string): string[] {
  return [...new Set([...body.matchAll(VARIABLE)].map((m) => m[1]!))];
}

/** The variables a template names that are not on the list (empty when the template is usable). */
export function unknownVariables(body: string): string[] {
  return templateVariables(body).filter((v) => !isReplyTemplateVariable(v));
}

export type RenderResult = { ok: true; text: string } | { ok: false; unknown: string[] };

/**
 * Fills a template's variables. Refuses (ok: false, with the names) a template that names an
 * unknown variable, rather than sending it half-filled. A known variable with no value becomes "".
 */
export function renderReplyTemplate(body: string, values: Partial<ReplyTemplateValues>): RenderResult {
  const unknown = unknownVariables(body);
  if (unknown.length) return { ok: false, unknown };
  return { ok: true, text: body.replace(VARIABLE, (_, name: ReplyTemplateVariable) => values[name] ?? "") };
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
