// The {variables} a reply template (ReplyTemplate.body/bodyEn, /admin/templates) may hold, and
// the check that a body uses no others. A template is filled in for one request when a handler
// starts a reply from it; an unknown {name} would reach the customer as typed, so a template
// that has one is refused when it is saved.

export const TEMPLATE_VARIABLES = ["customerName", "srn", "agentName", "typeName", "deadline", "lineNumber"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** `{name}`: a letter, then letters, digits or underscores, in single braces. */
const PLACEHOLDER = /\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}/g;

/** The {variables} a body names, each once, in order of first use. */
export function variablesIn(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

/** The {names} in a body that are not allowed template variables (case matters: {SRN} is unknown). */
export function unknownVariables(body: string): string[] {
  return variablesIn(body).filter((name) => !isTemplateVariable(name));
}

/** Sample values for the preview on /admin/templates, per language. */
export const SAMPLE_VALUES: Record<"zh-CN" | "en", Record<TemplateVariable, string>> = {
  "zh-CN": { customerName: "张伟", srn: "SR20261128000123", agentName: "王芳", typeName: "投诉", deadline: "2026年12月13日 14:00", lineNumber: "138****0001" },
  en: { customerName: "Zhang Wei", srn: "SR20261128000123", agentName: "Wang Fang", typeName: "Complaint", deadline: "13 Dec 2026, 14:00", lineNumber: "138****0001" },
};

/** The body with each known {variable} replaced by its value; unknown names are left as typed. */
export function fillTemplate(body: string, values: Partial<Record<TemplateVariable, string>>): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => (isTemplateVariable(name) && values[name] !== undefined ? values[name] : whole));
}
